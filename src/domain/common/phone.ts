import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export type PhoneCheck = { ok: true; e164: string; readable: string } | { ok: false; reason: string };

/**
 * Belgian and foreign phone numbers to E.164 plus a readable international form ("+32 470 12 34 56").
 * Written the Belgian way (0470…, 09/…, 0032…) or internationally (+32…, +31…). libphonenumber-js carries
 * the numbering plans, so a too-short or impossible number is refused with a reason.
 */
export function checkPhone(raw: string): PhoneCheck {
  const cleaned = raw.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(cleaned, 'BE');
  if (!parsed?.isValid()) {
    return {
      ok: false,
      reason: `"${raw.trim()}" is geen geldig telefoonnummer. Schrijf het zo: 0470 12 34 56 of +32 470 12 34 56.`,
    };
  }
  return { ok: true, e164: parsed.number, readable: parsed.formatInternational() };
}
