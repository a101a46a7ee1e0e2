/** The customer links as a CSV file (one link a line, with the label), made in the browser. */
export function linksToCsv(links: readonly string[], label: string): string {
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const rows = links.map((link) => `${quote(link)},${quote(label)}`);
  return ['link,label', ...rows].join('\r\n') + '\r\n';
}
