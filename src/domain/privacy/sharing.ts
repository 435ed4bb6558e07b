/**
 * Is the projectsheet shared wider than the organisation? Pure: the adapter tells who has access (the people
 * Google lists as editors and viewers, which the spreadsheet scope can read) and, when it could find out, the
 * link sharing (which only a Drive scope can read; `unknown` otherwise).
 */
export type LinkAccess = 'private' | 'domain' | 'anyone' | 'unknown';

export interface SharingFacts {
  owner: string;
  /** The organisation's e-mail domain from the settings; empty: the owner's domain. */
  domain: string;
  people: readonly string[];
  link: LinkAccess;
}

/** Free e-mail services: an owner there has no organisation domain to compare with. */
const PUBLIC_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'telenet.be',
  'skynet.be',
  'proximus.be',
  'yahoo.com',
]);

function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

export interface SharingVerdict {
  /** Dutch warnings for the setup summary; empty when all is well. */
  warnings: string[];
  /** Dutch note when the link sharing could not be checked. */
  note: string | null;
  /** The domain compared with ('' when there was none). */
  domain: string;
}

export function judgeSharing(facts: SharingFacts): SharingVerdict {
  const configured = facts.domain.trim().toLowerCase().replace(/^@/, '');
  const ownerDomain = domainOf(facts.owner);
  const domain = configured || (PUBLIC_DOMAINS.has(ownerDomain) ? '' : ownerDomain);
  const warnings: string[] = [];
  const outside = [...new Set(facts.people.map((p) => p.trim().toLowerCase()))].filter(
    (p) => p !== '' && p !== facts.owner.trim().toLowerCase() && (domain === '' || domainOf(p) !== domain),
  );
  if (outside.length > 0) {
    warnings.push(
      domain
        ? `Let op: de projectsheet is gedeeld met mensen buiten ${domain}: ${outside.join(', ')}. ` +
            'Zij zien de gegevens van alle gezinnen. Is dat niet nodig? Haal ze weg via Delen.'
        : `Let op: de projectsheet is gedeeld met: ${outside.join(', ')}. Zij zien de gegevens van alle gezinnen. ` +
            'Is dat niet nodig? Haal ze weg via Delen. (Vul bij Instellingen het e-maildomein van de organisatie in.)',
    );
  }
  if (facts.link === 'anyone') {
    warnings.push(
      'Let op: iedereen met de link kan de projectsheet openen. Zet bij Delen → Algemene toegang "Beperkt".',
    );
  } else if (facts.link === 'domain' && !domain) {
    warnings.push('Let op: iedereen in uw domein met de link kan de projectsheet openen. Zet bij Delen "Beperkt".');
  }
  const note =
    facts.link === 'unknown'
      ? 'Kijk zelf na of de projectsheet niet open staat voor "Iedereen met de link": Delen → Algemene toegang ' +
        'moet "Beperkt" zijn. (Het script vraagt geen toegang tot heel uw Drive om dit na te kijken.)'
      : null;
  return { warnings, note, domain };
}
