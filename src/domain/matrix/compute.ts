import { dayToBrusselsDate } from './calendar';
import type { ActionDef, CaseRecord, GroupDef, MatrixInput, Moment, PlanRow, RowUpdate } from './model';
import { isCancelled, type Matching, matchMoments, planningUpdate, type RowOutcome, rowOutcome } from './planning';
import type { MatrixSettings } from './settings';
import { type Coverage, SIGNAL_TEXT } from './texts';

/**
 * The outreach matrix, computed from the tabs (model.ts) on one day. Pure: the same input gives the same report.
 * Credit rules (docs/matrix.md):
 * - a self-registration counts for the action whose "Antwoord in aanmelding" the household chose (its Actiecode);
 * - a referral counts for every action its partner took part in (a planning row naming the partner, done) in the
 *   `creditDays` days before it, or for "doorverwezen zonder actie" when there is none;
 * - a field note counts for its action (people reached, registrations on the spot); a letters batch for A07.
 * A household's target groups: what the worker wrote in Dossiers > Doelgroep; else the groups that both the
 * referring partner reaches (Doelgroepen) and its credited actions are planned for; else either of them.
 */

export const REPETITION_DAYS = 91;
/** Key of the extra action rows (not action codes). */
export const UNKNOWN_CHANNEL = '?';
export const NO_ACTION = '-';

export interface Funnel {
  reached: number;
  onSpot: number;
  registrations: number;
  referrals: number;
  households: number;
  contacted: number;
  connected: number;
  helped: number;
  medianDays: number | null;
}

export interface CellResult {
  coverage: Coverage;
  partners: string[];
  planned: number;
  done: number;
  lastDay: number | null;
  nextDay: number | null;
  households: number;
  connected: number;
}

export interface ActionResult {
  action: ActionDef;
  partners: string[];
  planned: number;
  done: number;
  lastDay: number | null;
  nextDay: number | null;
  coverage: Coverage;
  funnel: Funnel;
  places: string[];
}

export interface GroupResult {
  group: GroupDef;
  funnel: Funnel;
  /** Action codes with a moment for the group in the last 13 weeks. */
  channels: string[];
  times: number;
  flagged: boolean;
  lastDay: number | null;
}

export type SignalKind =
  | 'group-idle'
  | 'action-no-partner'
  | 'partner-no-referral'
  | 'group-not-connected'
  | 'group-few-channels'
  | 'unplanned'
  | 'unknown-action'
  | 'unknown-group';

export interface Signal {
  kind: SignalKind;
  text: string;
}

export interface MatrixReport {
  today: number;
  settings: MatrixSettings;
  actions: ActionResult[];
  groups: GroupResult[];
  /** cells[action][group], in the order of Acties and Doelgroepen. */
  cells: CellResult[][];
  unknownChannel: Funnel;
  noAction: Funnel;
  unknownGroup: Funnel;
  signals: Signal[];
  planningUpdates: RowUpdate[];
  /** The target groups of each household (case reference), as the rules above give them. */
  householdGroups: Map<string, string[]>;
}

const lower = (s: string) => s.trim().toLowerCase();

function emptyFunnel(): Funnel {
  return {
    reached: 0,
    onSpot: 0,
    registrations: 0,
    referrals: 0,
    households: 0,
    contacted: 0,
    connected: 0,
    helped: 0,
    medianDays: null,
  };
}

/** The middle value, rounded to whole days (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

function union(lists: Iterable<readonly string[]>): string[] {
  const seen = new Map<string, string>();
  for (const list of lists)
    for (const name of list) {
      const key = lower(name);
      if (!seen.has(key)) seen.set(key, name);
    }
  return [...seen.values()];
}

/** `lower` remembered per string: the same few partner names come back on every referral. */
export function memoLower(): (s: string) => string {
  const known = new Map<string, string>();
  return (s) => {
    let key = known.get(s);
    if (key === undefined) {
      key = lower(s);
      known.set(s, key);
    }
    return key;
  };
}

interface PairNode<T> {
  next: Map<string, PairNode<T>>;
  /** Where the second list starts, after this node's first list. */
  second?: PairNode<T>;
  value?: T;
}

const pairNode = <T>(): PairNode<T> => ({ next: new Map() });

/** The node at the end of `list` from `from` (made on the way when `create`). */
function walk<T>(from: PairNode<T>, list: readonly string[], create: boolean): PairNode<T> | undefined {
  let node = from;
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    let child = node.next.get(s);
    if (!child) {
      if (!create) return undefined;
      child = pairNode();
      node.next.set(s, child);
    }
    node = child;
  }
  return node;
}

/**
 * Values keyed by two lists of strings, in order (what `JSON.stringify([first, second])` as a key tells apart),
 * without building a key string per lookup: a tree with one level per string.
 */
export class PairOfListsMemo<T> {
  private readonly root = pairNode<T>();

  private node(first: readonly string[], second: readonly string[], create: boolean): PairNode<T> | undefined {
    const end = walk(this.root, first, create);
    if (!end) return undefined;
    if (!end.second && create) end.second = pairNode();
    return end.second && walk(end.second, second, create);
  }

  get(first: readonly string[], second: readonly string[]): T | undefined {
    return this.node(first, second, false)?.value;
  }

  set(first: readonly string[], second: readonly string[], value: T): void {
    (this.node(first, second, true) as PairNode<T>).value = value;
  }
}

interface Household {
  case: CaseRecord | undefined;
  /** The referring organisations, in referral order. */
  organisations: string[];
  /** The distinct credited codes, in credit order. */
  codes: string[];
  registrations: number;
  /** Its target groups (`caseGroups`); undefined for a reference that is not in `allCaseRefs`. */
  groups?: string[];
}

interface Credit {
  caseRef: string;
  /** The household of `caseRef`. */
  household: Household;
  code: string;
  kind: 'aanmelding' | 'doorverwijzing';
}

/** The household counts of a funnel, over the households' cases (undefined: a household without a case). */
function householdCounts(funnel: Funnel, cases: readonly (CaseRecord | undefined)[]): void {
  let contacted = 0;
  let connected = 0;
  let helped = 0;
  const days: number[] = [];
  for (const c of cases) {
    if (c === undefined) continue;
    if (c.contacted) contacted++;
    if (c.connected) {
      connected++;
      if (c.daysToConnection !== null) days.push(c.daysToConnection);
    }
    if (c.helped) helped++;
  }
  funnel.households = cases.length;
  funnel.contacted = contacted;
  funnel.connected = connected;
  funnel.helped = helped;
  funnel.medianDays = median(days);
}

function coverageOf(rows: number, planned: number, done: number, households: number): Coverage {
  if (rows > 0) {
    if (done > 0) return planned > 0 && done < planned ? 'deels' : 'gedaan';
    return planned > 0 ? 'nog-niet' : 'gepland';
  }
  return households > 0 || done > 0 ? 'zonder-plan' : 'leeg';
}

export function computeMatrix(input: MatrixInput, today: number, settings: MatrixSettings): MatrixReport {
  const signals: Signal[] = [];
  const actionByCode = new Map(input.actions.map((a) => [a.code.toUpperCase(), a]));
  const codeByName = new Map(input.actions.map((a) => [lower(a.name), a.code.toUpperCase()]));
  const codeByHeard = new Map(
    input.actions.filter((a) => a.heardVia !== '').map((a) => [lower(a.heardVia), a.code.toUpperCase()]),
  );
  const groupByName = new Map(input.groups.map((g) => [lower(g.name), g.name]));
  const resolveCode = (code: string, name: string): string => {
    if (code !== '' && actionByCode.has(code)) return code;
    return codeByName.get(lower(name)) ?? code;
  };
  const unknownGroups = new Map<string, Set<string>>();
  const knownGroups = (names: readonly string[], where: string): string[] =>
    names.length === 0
      ? []
      : names.flatMap((n) => {
          const found = groupByName.get(lower(n));
          if (found) return [found];
          const set = unknownGroups.get(where) ?? new Set<string>();
          set.add(n);
          unknownGroups.set(where, set);
          return [];
        });

  // ---- planning and moments ----------------------------------------------------------------------------------
  const planning: PlanRow[] = input.planning.map((row) => ({
    ...row,
    code: resolveCode(row.code, row.name),
    groups: knownGroups(row.groups, 'de Planning'),
  }));
  const active = planning.filter((row) => !isCancelled(row));
  const moments: Moment[] = input.moments.map((m) => ({ ...m, code: resolveCode(m.code, m.actionName) }));
  const matching: Matching = matchMoments(planning, moments, (row) => row.code);
  const outcome = new Map<number, RowOutcome>(
    planning.map((row) => [row.rowNumber, rowOutcome(row, matching.byRow.get(row.rowNumber) ?? [], today)]),
  );
  const planningUpdates: RowUpdate[] = [];
  input.planning.forEach((raw, i) => {
    const action = actionByCode.get(planning[i].code);
    const update = planningUpdate(
      raw,
      action ? { code: action.code, name: action.name } : null,
      matching.byRow.get(raw.rowNumber) ?? [],
      today,
      dayToBrusselsDate,
    );
    if (update) planningUpdates.push(update);
  });
  const rowsOf = (code: string) => active.filter((row) => row.code === code);
  const groupsOfAction = new Map<string, string[]>();
  for (const row of active) groupsOfAction.set(row.code, union([groupsOfAction.get(row.code) ?? [], row.groups]));
  /** The groups a moment counts for: its row's, or (done without a plan) every group its action is planned for. */
  const momentGroups = (m: Moment): string[] => {
    const row = matching.rowOf.get(m);
    return row ? row.groups : (groupsOfAction.get(m.code) ?? []);
  };

  // ---- who took part when (for referral credits) ------------------------------------------------------------------
  const partnerDone = new Map<string, Array<{ code: string; day: number }>>();
  for (const row of active) {
    const days = outcome.get(row.rowNumber)?.doneDays ?? [];
    for (const partner of row.partners) {
      const list = partnerDone.get(lower(partner)) ?? [];
      for (const day of days) list.push({ code: row.code, day });
      partnerDone.set(lower(partner), list);
    }
  }

  // ---- households and credits ------------------------------------------------------------------------------------
  // What is known per case reference as written (the last case with it, its referrals, registrations and credited
  // codes), gathered in one record so each row looks its household up once.
  const households = new Map<string, Household>();
  const household = (ref: string): Household => {
    let h = households.get(ref);
    if (!h) {
      h = { case: undefined, organisations: [], codes: [], registrations: 0 };
      households.set(ref, h);
    }
    return h;
  };
  const caseOf = (ref: string): CaseRecord | undefined => households.get(ref)?.case;
  for (const c of input.cases) household(c.caseRef).case = c;
  const lowerName = memoLower();
  const credits: Credit[] = [];
  /** A credit, and its code among the household's distinct codes (in credit order: a household has one or two). */
  const credit = (h: Household, caseRef: string, code: string, kind: Credit['kind']) => {
    credits.push({ caseRef, household: h, code, kind });
    if (!h.codes.includes(code)) h.codes.push(code);
  };
  for (const r of input.registrations) {
    const code = resolveCode(r.code, '') || codeByHeard.get(lower(r.heardVia)) || UNKNOWN_CHANNEL;
    const h = household(r.caseRef);
    h.registrations++;
    credit(h, r.caseRef, code, 'aanmelding');
  }
  for (const f of input.referrals) {
    const h = household(f.caseRef);
    h.organisations.push(f.organisation);
    const day = f.day ?? h.case?.created ?? null;
    // The distinct codes the partner did in the credit days before (in the order of partnerDone).
    const codes: string[] = [];
    if (day !== null)
      for (const d of partnerDone.get(lowerName(f.organisation)) ?? [])
        if (d.day <= day && d.day >= day - settings.creditDays && !codes.includes(d.code)) codes.push(d.code);
    if (codes.length === 0) credit(h, f.caseRef, NO_ACTION, 'doorverwijzing');
    for (const code of codes) credit(h, f.caseRef, code, 'doorverwijzing');
  }
  // The credits of each code, in credit order (what `credits.filter((c) => c.code === code)` gives).
  const creditsByCode = new Map<string, Credit[]>();
  for (const c of credits) {
    const list = creditsByCode.get(c.code);
    if (list) list.push(c);
    else creditsByCode.set(c.code, [c]);
  }
  const creditsOf = (code: string): Credit[] => creditsByCode.get(code) ?? [];

  // ---- the groups of each household ------------------------------------------------------------------------------
  // Target groups by the partners that reach them, looked up once per partner name.
  const groupsByPartner = new Map<string, string[]>();
  for (const g of input.groups)
    for (const p of new Set(g.partners.map(lower))) groupsByPartner.set(p, [...(groupsByPartner.get(p) ?? []), g.name]);
  const groupsOfPartner = (partner: string) => groupsByPartner.get(lowerName(partner)) ?? [];
  const caseGroups = new Map<string, string[]>();
  // A credit's reference that is a case's adds nothing to the union: left out before `union` lowers it.
  const allCaseRefs = union([
    input.cases.map((c) => c.caseRef),
    credits.filter((c) => c.household.case === undefined).map((c) => c.caseRef),
  ]);
  // The groups by the rules depend only on the referring partners and the credited codes (both in order), which
  // thousands of households share: worked out once per combination, and copied for each household.
  const groupsByRules = new PairOfListsMemo<string[]>();
  const noNames: readonly string[] = [];
  // The households of each target group, in the order of allCaseRefs: `inGroup(name)(ref)` is
  // `(caseGroups.get(ref) ?? []).includes(name)`.
  const refsByGroup = new Map<string, Map<string, Household>>();
  /** The households of allCaseRefs, in that order. */
  const householdsInOrder: Household[] = [];
  const setGroups = (ref: string, h: Household, names: string[]) => {
    caseGroups.set(ref, names);
    h.groups = names;
    householdsInOrder.push(h);
    for (const name of names) {
      const refs = refsByGroup.get(name);
      if (refs) refs.set(ref, h);
      else refsByGroup.set(name, new Map([[ref, h]]));
    }
  };
  for (const ref of allCaseRefs) {
    // Every reference here is a case's or a credit's: it has a household.
    const h = households.get(ref) as Household;
    const written = h.case?.groups ?? noNames;
    const explicit = written.length > 0 ? knownGroups(written, 'Dossiers') : noNames;
    if (explicit.length > 0) {
      setGroups(ref, h, explicit as string[]);
      continue;
    }
    const partners = h.organisations;
    const codes = h.codes;
    let groups = groupsByRules.get(partners, codes);
    if (!groups) {
      const byPartner = union(partners.map(groupsOfPartner));
      const byAction = union(codes.map((code) => groupsOfAction.get(code) ?? []));
      const both = byPartner.filter((g) => byAction.includes(g));
      groups = both.length > 0 ? both : byPartner.length > 0 ? byPartner : byAction;
      groupsByRules.set(partners, codes, groups);
    }
    setGroups(ref, h, groups.slice());
  }
  const noRefs = new Map<string, Household>();
  const inGroup = (name: string): ((ref: string) => boolean) => {
    const refs = refsByGroup.get(name) ?? noRefs;
    return (ref) => refs.has(ref);
  };
  /** The households of `allCaseRefs.filter(inGroup(name))`: they were added in that order. */
  const householdsInGroup = (name: string): Household[] => [...(refsByGroup.get(name) ?? noRefs).values()];

  // ---- funnels --------------------------------------------------------------------------------------------------
  const actionFunnel = (code: string): Funnel => {
    const funnel = emptyFunnel();
    for (const m of moments) {
      if (m.code !== code) continue;
      funnel.reached += m.reached;
      funnel.onSpot += m.onSpot;
    }
    const mine = creditsOf(code);
    funnel.registrations = mine.filter((c) => c.kind === 'aanmelding').length;
    funnel.referrals = mine.filter((c) => c.kind === 'doorverwijzing').length;
    householdCounts(
      funnel,
      [...new Set(mine.map((c) => c.household))].map((h) => h.case),
    );
    return funnel;
  };
  /**
   * The funnel of the households without a target group, `(caseGroups.get(ref) ?? []).length === 0`: registrations
   * and referrals counted per household (every registration's and referral's reference has one), the households
   * in the order of allCaseRefs.
   */
  const ungroupedFunnel = (reachedMoments: readonly Moment[]): Funnel => {
    const funnel = emptyFunnel();
    for (const m of reachedMoments) {
      funnel.reached += m.reached;
      funnel.onSpot += m.onSpot;
    }
    const ungrouped = (h: Household) => (h.groups ?? noNames).length === 0;
    for (const h of households.values())
      if (ungrouped(h)) {
        funnel.registrations += h.registrations;
        funnel.referrals += h.organisations.length;
      }
    householdCounts(
      funnel,
      householdsInOrder.filter(ungrouped).map((h) => h.case),
    );
    return funnel;
  };
  /**
   * `groupFunnel(inGroup(name), …)` from the group's households: registrations and referrals counted per household
   * instead of filtering all of them again for every group.
   */
  const namedGroupFunnel = (name: string, reachedMoments: readonly Moment[]): Funnel => {
    const funnel = emptyFunnel();
    for (const m of reachedMoments) {
      funnel.reached += m.reached;
      funnel.onSpot += m.onSpot;
    }
    const cases: Array<CaseRecord | undefined> = [];
    for (const h of householdsInGroup(name)) {
      funnel.registrations += h.registrations;
      funnel.referrals += h.organisations.length;
      cases.push(h.case);
    }
    householdCounts(funnel, cases);
    return funnel;
  };

  // ---- actions ----------------------------------------------------------------------------------------------------
  const actions: ActionResult[] = input.actions.map((action) => {
    const code = action.code.toUpperCase();
    const rows = rowsOf(code);
    const outs = rows.map((row) => outcome.get(row.rowNumber) as RowOutcome);
    const unmatched = matching.unmatched.filter((m) => m.code === code);
    const planned = outs.reduce((n, o) => n + o.due, 0);
    const done = outs.reduce((n, o) => n + o.done, 0) + unmatched.length;
    const lasts = [...outs.map((o) => o.lastDay), ...unmatched.map((m) => m.day)].filter(
      (d): d is number => d !== null,
    );
    const nexts = outs.map((o) => o.next).filter((d): d is number => d !== null);
    const funnel = actionFunnel(code);
    const places = union([
      moments
        .filter((m) => m.code === code && m.place !== '')
        .map((m) =>
          input.vindplaatsen.some((v) => lower(v) === lower(m.place)) ? `${m.place} (vindplaats)` : m.place,
        ),
    ]);
    return {
      action,
      partners: union(rows.map((r) => r.partners)),
      planned,
      done,
      lastDay: lasts.length > 0 ? Math.max(...lasts) : null,
      nextDay: nexts.length > 0 ? Math.min(...nexts) : null,
      coverage: coverageOf(rows.length, planned, done, funnel.households),
      funnel,
      places,
    };
  });

  // ---- cells ---------------------------------------------------------------------------------------------------------
  const cells: CellResult[][] = input.actions.map((action) => {
    const code = action.code.toUpperCase();
    const credited = [...new Set(creditsOf(code).map((c) => c.caseRef))];
    return input.groups.map((group) => {
      const member = inGroup(group.name);
      const rows = rowsOf(code).filter((row) => row.groups.includes(group.name));
      const outs = rows.map((row) => outcome.get(row.rowNumber) as RowOutcome);
      const planned = outs.reduce((n, o) => n + o.due, 0);
      const done = outs.reduce((n, o) => n + o.done, 0);
      const lasts = outs.map((o) => o.lastDay).filter((d): d is number => d !== null);
      const nexts = outs.map((o) => o.next).filter((d): d is number => d !== null);
      const households = credited.filter(member);
      return {
        coverage: coverageOf(rows.length, planned, done, households.length),
        partners: union(rows.map((r) => r.partners)),
        planned,
        done,
        lastDay: lasts.length > 0 ? Math.max(...lasts) : null,
        nextDay: nexts.length > 0 ? Math.min(...nexts) : null,
        households: households.length,
        connected: households.filter((ref) => caseOf(ref)?.connected).length,
      };
    });
  });

  // ---- groups and repetition ---------------------------------------------------------------------------------------------
  const windowStart = today - (REPETITION_DAYS - 1);
  const groups: GroupResult[] = input.groups.map((group) => {
    const reachedMoments = moments.filter((m) => momentGroups(m).includes(group.name));
    const manual = active
      .filter((row) => row.groups.includes(group.name) && (matching.byRow.get(row.rowNumber)?.length ?? 0) === 0)
      .flatMap((row) => (outcome.get(row.rowNumber)?.doneDays ?? []).map((day) => ({ code: row.code, day })));
    const all = [...reachedMoments.map((m) => ({ code: m.code, day: m.day })), ...manual].filter((d) => d.day <= today);
    const recent = all.filter((d) => d.day >= windowStart);
    const channels = [...new Set(recent.map((d) => d.code))].sort();
    return {
      group,
      funnel: namedGroupFunnel(group.name, reachedMoments),
      channels,
      times: recent.length,
      flagged: channels.length < settings.minChannels,
      lastDay: all.length > 0 ? Math.max(...all.map((d) => d.day)) : null,
    };
  });

  // ---- signals ----------------------------------------------------------------------------------------------------
  const idleSince = today - 7 * settings.weeksWithoutAction;
  for (const g of groups) {
    if (g.lastDay === null || g.lastDay <= idleSince)
      signals.push({
        kind: 'group-idle',
        text: SIGNAL_TEXT.groupIdle(g.group.name, settings.weeksWithoutAction, g.lastDay),
      });
  }
  for (const a of actions) {
    if (a.partners.length === 0)
      signals.push({ kind: 'action-no-partner', text: SIGNAL_TEXT.actionNoPartner(actionLabel(a.action)) });
  }
  const referring = new Set(input.referrals.map((r) => lowerName(r.organisation)));
  const engaged = new Map<string, { name: string; where: string[] }>();
  for (const row of active) {
    for (const p of row.partners) {
      const e = engaged.get(lower(p)) ?? { name: p, where: [] };
      if (!e.where.includes(row.code)) e.where.push(row.code);
      engaged.set(lower(p), e);
    }
  }
  for (const [key, e] of engaged) {
    if (!referring.has(key))
      signals.push({ kind: 'partner-no-referral', text: SIGNAL_TEXT.partnerNoReferral(e.name, e.where.join(', ')) });
  }
  for (const g of groups) {
    const referred = householdsInGroup(g.group.name).filter((h) => h.organisations.length > 0);
    if (referred.length > 0 && referred.every((h) => !h.case?.connected))
      signals.push({ kind: 'group-not-connected', text: SIGNAL_TEXT.groupNotConnected(g.group.name, referred.length) });
  }
  for (const g of groups) {
    if (g.flagged)
      signals.push({
        kind: 'group-few-channels',
        text: SIGNAL_TEXT.groupFewChannels(g.group.name, g.channels.length, settings.minChannels),
      });
  }
  const unmatchedByCode = new Map<string, number>();
  for (const m of matching.unmatched) unmatchedByCode.set(m.code, (unmatchedByCode.get(m.code) ?? 0) + 1);
  for (const a of actions) {
    const n = unmatchedByCode.get(a.action.code.toUpperCase()) ?? 0;
    if (n > 0) signals.push({ kind: 'unplanned', text: SIGNAL_TEXT.unplanned(actionLabel(a.action), n) });
  }
  const strangers = new Map<string, number>();
  for (const m of moments) {
    if (actionByCode.has(m.code)) continue;
    const name = m.actionName || m.code || '(leeg)';
    strangers.set(name, (strangers.get(name) ?? 0) + 1);
  }
  for (const [name, n] of strangers) signals.push({ kind: 'unknown-action', text: SIGNAL_TEXT.unknownAction(name, n) });
  for (const row of planning) {
    if (!actionByCode.has(row.code))
      signals.push({ kind: 'unknown-action', text: SIGNAL_TEXT.unknownPlanAction(row.name || row.code) });
  }
  for (const [where, names] of unknownGroups)
    for (const name of names) signals.push({ kind: 'unknown-group', text: SIGNAL_TEXT.unknownGroup(where, name) });

  const unknownChannel = actionFunnel(UNKNOWN_CHANNEL);
  const noAction = actionFunnel(NO_ACTION);
  const unknownGroup = ungroupedFunnel(moments.filter((m) => momentGroups(m).length === 0));
  return {
    today,
    settings,
    actions,
    groups,
    cells,
    unknownChannel,
    noAction,
    unknownGroup,
    signals,
    planningUpdates,
    householdGroups: caseGroups,
  };
}

/** "A07 Brief in heldere taal" */
export function actionLabel(action: ActionDef): string {
  return [action.code, action.name].filter((s) => s !== '').join(' ');
}
