/** A value as typed, quoted and cut short, for error messages. */
export function quoted(raw: string, max = 40): string {
  return JSON.stringify(raw.length > max ? `${raw.slice(0, max)}…` : raw);
}
