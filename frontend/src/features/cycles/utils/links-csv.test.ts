import { linksToCsv } from './links-csv';

describe('linksToCsv', () => {
  it('writes a header and one quoted line per link', () => {
    expect(linksToCsv(['https://x/c/c_1', 'https://x/c/c_2'], 'Key "A" accounts')).toBe(
      'link,label\r\n"https://x/c/c_1","Key ""A"" accounts"\r\n"https://x/c/c_2","Key ""A"" accounts"\r\n',
    );
  });
});
