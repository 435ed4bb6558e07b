/**
 * Exactly one e-mail address, the shape every mail service accepts. Anything that could smuggle a second
 * recipient or a header (`,` `;` `<` `>` white space, CR/LF) is refused.
 */
const EMAIL =
  /^[A-Za-z0-9.!#$%&*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export type EmailCheck = { ok: true; email: string } | { ok: false; reason: string };

export function checkEmail(raw: string): EmailCheck {
  const value = raw.trim();
  if (/[,;]/.test(value) || /\S\s+\S/.test(value)) {
    return { ok: false, reason: 'Vul één e-mailadres in, niet meer.' };
  }
  if (value.length > 254 || !EMAIL.test(value) || value.includes('..')) {
    return { ok: false, reason: `"${value}" is geen geldig e-mailadres.` };
  }
  return { ok: true, email: value.toLowerCase() };
}

export function isSingleEmail(value: string): boolean {
  return checkEmail(value).ok && value === value.trim();
}
