import { emptyDraft, validateDraft } from './person-draft';

describe('validateDraft', () => {
  it('asks for email, name and a role when inviting', () => {
    expect(validateDraft({ ...emptyDraft, roles: [] }, true)).toEqual({
      email: 'people.errors.email',
      displayName: 'people.errors.name',
      roles: 'people.errors.roles',
    });
  });

  it('rejects an address without a domain and accepts a proper one', () => {
    const draft = { ...emptyDraft, displayName: 'Kari' };
    expect(validateDraft({ ...draft, email: 'kari@' }, true)).toHaveProperty('email');
    expect(validateDraft({ ...draft, email: ' kari@nordlys.example ' }, true)).toEqual({});
  });

  it('ignores the email when editing', () => {
    expect(validateDraft({ ...emptyDraft, displayName: 'Kari' }, false)).toEqual({});
  });
});
