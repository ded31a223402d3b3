/** Reading author names from bylines and bios. */

const PARTICLE = '(?:de|da|del|della|di|du|dos|van|von|der|den|la|le|bin|ibn|al|el|ter|ten)';
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.)";
/** "Jane Doe", "J. R. Smith", "Ana de la Cruz", "Kim Jong-un", "Mary O’Neil-Smith". */
export const PERSON_NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){1,4}$`, 'u');

/** Words that name a role or an organisation, not a person. */
const NOT_A_NAME =
  /\b(fellow|director|professor|editor|staff|correspondent|senior|president|analyst|contributor|writer|reporter|institute|university|center|centre|council|foundation|team|desk|news|press|board|department|ministry|office|program|programme)\b/i;

/** "Jane Doe, John Roe and Ann Poe" → the three names; null when a part is not a name. */
export function parseNameList(text: string): string[] | null {
  const parts = text
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .split(/\s*(?:,|;|&|\band\b|\|)\s*/i)
    .map((part) => part.trim().replace(/[.:]+$/, (dots) => (/\s\p{Lu}$/u.test(part.slice(0, -dots.length)) ? dots : '')))
    .filter(Boolean);
  if (parts.length === 0) return null;
  const names: string[] = [];
  for (const part of parts) {
    if (NOT_A_NAME.test(part) || /^(phd|ph\.d\.|md|jr\.?|sr\.?)$/i.test(part)) continue;
    if (!PERSON_NAME.test(part)) return null;
    names.push(part);
  }
  return names.length > 0 ? names : null;
}

/** The name a bio opens with: "Mark Tokola is the Vice President of …" → "Mark Tokola". */
export function bioSubject(text: string): string | null {
  const match =
    /^(?:\*\*)?([\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|van|von|der|al|bin)){1,4})(?:\*\*)?,?\s+(?:is|was|serves|served|has|holds|leads|directs|teaches|works|writes)\b/u.exec(
      text,
    );
  return match?.[1] ?? null;
}
