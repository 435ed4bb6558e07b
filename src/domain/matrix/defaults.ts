import { OUTREACH_ACTIONS } from '../../../forms/outreach';
import type { Row } from '../../ports';
import { PLAN_STATUS } from './tabs';

/**
 * What `setup` writes in a new sheet: target groups that live in Eeklo with the partners (names as in the starting
 * partner list) that reach them, and one planning row per outreach action of the brief with the groups and
 * partners it is meant for. The worker changes, adds and removes rows; setup never writes them again once a tab
 * has rows.
 */

const SOCIAAL_HUIS = 'Sociaal Huis Eeklo (OCMW)';
const DE_KRING = 'Wijkcentrum De Kring';
const KIND_EN_GEZIN = 'Kind en Gezin';
const SVK = 'SVK Meetjesland';
const LIGO = 'Ligo Oost-Vlaanderen';
const ZONNEHEEM = 'LDC Zonneheem';
const BIB = 'Bibliotheek Eeklo';
const CAW = 'CAW Oost-Vlaanderen';
const THUISZORG = 'Thuiszorgdienst';
const BASISSCHOOL = 'Basisschool (zorgcoördinator)';
const SECUNDAIR = 'Secundaire school (leerlingenbegeleiding)';
const DIGISPREEKUUR = 'Vrijwilliger digispreekuur';

export const GROUP = {
  families: 'Gezinnen met schoolgaande kinderen',
  seniors: 'Senioren',
  newcomers: 'Nieuwkomers en NT2-leerders',
  singleParents: 'Alleenstaande ouders',
  jobseekers: 'Werkzoekenden',
  disability: 'Mensen met een beperking',
  socialHousing: 'Huurders van een sociale woning',
  lowIncome: 'Mensen met een laag inkomen of OCMW-steun',
} as const;

export interface DefaultTargetGroup {
  readonly name: string;
  readonly description: string;
  readonly partners: readonly string[];
}

export const DEFAULT_TARGET_GROUPS: readonly DefaultTargetGroup[] = [
  {
    name: GROUP.families,
    description: 'Ouders met kinderen in de lagere of secundaire school (Smartschool, inschrijvingen, huiswerk).',
    partners: [BASISSCHOOL, SECUNDAIR, KIND_EN_GEZIN],
  },
  {
    name: GROUP.seniors,
    description: 'Ouderen die thuis wonen, vaak zonder internet of met een te duur abonnement.',
    partners: [ZONNEHEEM, THUISZORG, BIB],
  },
  {
    name: GROUP.newcomers,
    description: 'Mensen die Nederlands leren of pas in België wonen (Actief met Taal, NT2-les).',
    partners: [LIGO, DIGISPREEKUUR, CAW],
  },
  {
    name: GROUP.singleParents,
    description: 'Vaders en moeders die alleen voor hun kinderen zorgen.',
    partners: [KIND_EN_GEZIN, CAW, SOCIAAL_HUIS],
  },
  {
    name: GROUP.jobseekers,
    description: 'Mensen die werk zoeken en online moeten solliciteren.',
    partners: [SOCIAAL_HUIS, DE_KRING, BIB],
  },
  {
    name: GROUP.disability,
    description: 'Mensen met een beperking en hun mantelzorgers.',
    partners: [THUISZORG, SOCIAAL_HUIS],
  },
  {
    name: GROUP.socialHousing,
    description: 'Huurders van een sociale woning of van het sociaal verhuurkantoor.',
    partners: [SVK, SOCIAAL_HUIS],
  },
  {
    name: GROUP.lowIncome,
    description: 'Gezinnen met een leefloon, schulden of steun van het OCMW.',
    partners: [SOCIAAL_HUIS, DE_KRING, CAW],
  },
];

/** Per action code: the target groups and partners the brief's channel is meant for. */
const DEFAULT_PLAN: Readonly<Record<string, { groups: readonly string[]; partners: readonly string[] }>> = {
  A01: { groups: [GROUP.seniors, GROUP.families, GROUP.lowIncome], partners: [DE_KRING] },
  A02: { groups: [GROUP.seniors, GROUP.singleParents, GROUP.lowIncome], partners: [SOCIAAL_HUIS, BIB, ZONNEHEEM] },
  A03: { groups: [GROUP.families, GROUP.singleParents, GROUP.jobseekers], partners: [DE_KRING, KIND_EN_GEZIN] },
  A04: { groups: [GROUP.lowIncome, GROUP.newcomers, GROUP.disability], partners: [SOCIAAL_HUIS, CAW] },
  A05: { groups: [GROUP.seniors, GROUP.newcomers], partners: [DIGISPREEKUUR, BIB] },
  A06: { groups: [GROUP.lowIncome, GROUP.singleParents, GROUP.jobseekers], partners: [SOCIAAL_HUIS] },
  A07: { groups: [GROUP.lowIncome, GROUP.seniors, GROUP.socialHousing], partners: [SOCIAAL_HUIS, SVK] },
  A08: { groups: [GROUP.families, GROUP.lowIncome], partners: [BASISSCHOOL, SECUNDAIR, CAW] },
  A09: { groups: [GROUP.families, GROUP.singleParents], partners: [KIND_EN_GEZIN, BASISSCHOOL] },
  A10: { groups: [GROUP.seniors, GROUP.newcomers, GROUP.socialHousing], partners: [ZONNEHEEM, DE_KRING] },
  A11: { groups: [GROUP.seniors, GROUP.disability, GROUP.socialHousing], partners: [THUISZORG, SVK, KIND_EN_GEZIN] },
  A12: { groups: [GROUP.newcomers, GROUP.jobseekers], partners: [LIGO] },
  A13: { groups: [GROUP.families, GROUP.seniors, GROUP.lowIncome], partners: [ZONNEHEEM, BASISSCHOOL] },
  A14: { groups: [GROUP.seniors, GROUP.families], partners: [] },
};

/** A list cell: names joined by ", " (what the worker types too). */
export function listCell(names: readonly string[]): string {
  return names.join(', ');
}

/**
 * Splits a list cell ("a, b; c") into trimmed names, without empties or repeats. Names in `known` are found first,
 * whole, so a name with a comma in it ("CAW Oost-Vlaanderen, onthaal Eeklo") stays one name.
 */
export function splitList(text: string, known: readonly string[] = []): string[] {
  // Without a separator no known name with a comma can be in it: the cell is one name (or none).
  if (!/[,;\n]/.test(text)) {
    const name = text.trim();
    return name === '' ? [] : [name];
  }
  const seen = new Set<string>();
  const out: string[] = [];
  const push = (name: string) => {
    const key = name.toLowerCase();
    if (name === '' || seen.has(key)) return;
    seen.add(key);
    out.push(name);
  };
  let rest = text;
  const found: Array<{ at: number; name: string }> = [];
  for (const name of [...known].filter((k) => /[,;]/.test(k)).sort((a, b) => b.length - a.length)) {
    const at = rest.toLowerCase().indexOf(name.toLowerCase());
    if (at < 0) continue;
    const before = rest.slice(0, at).trim();
    const after = rest.slice(at + name.length).trim();
    if ((before === '' || /[,;\n]$/.test(before)) && (after === '' || /^[,;\n]/.test(after))) {
      found.push({ at, name });
      rest = `${rest.slice(0, at)}${' '.repeat(name.length)}${rest.slice(at + name.length)}`;
    }
  }
  const parts = rest.split(/[,;\n]/).map((p) => ({ at: rest.indexOf(p), name: p.trim() }));
  for (const item of [...found, ...parts].sort((a, b) => a.at - b.at)) push(item.name.trim());
  return out;
}

export function defaultTargetGroupRows(): Row[] {
  return DEFAULT_TARGET_GROUPS.map((g) => ({
    Doelgroep: g.name,
    Omschrijving: g.description,
    'Partners die hen bereiken': listCell(g.partners),
    Notities: '',
  }));
}

/** One row per action of the brief, not yet dated: the worker adds dates or a frequency. */
export function defaultPlanningRows(): Row[] {
  return OUTREACH_ACTIONS.map((a) => {
    const plan = DEFAULT_PLAN[a.code] ?? { groups: [], partners: [] };
    return {
      Actiecode: a.code,
      Actie: a.name,
      Doelgroepen: listCell(plan.groups),
      Partners: listCell(plan.partners),
      Status: PLAN_STATUS.planned,
    };
  });
}
