import type { MailFile, OutgoingMail } from '../../ports';
import { bullets, composeMail, image, paragraph, small, title } from '../messages/compose';
import type { Settings } from '../settings/settings';
import type { ChartSpec } from './charts';
import type { Period } from './periods';
import type { Display, ReportRow } from './publication';
import { SECTIONS, SUMMARY_TEXT, SYMBOLS } from './texts';

/**
 * The e-mail to the project group: a few short sentences with the headline figures (as published: "<5"
 * reads "minder dan 5", a hidden figure leaves its sentence out), the charts as inline PNG images, the
 * period's PDF attached. Aggregates only.
 */

/** "oktober 2026", "het 4e kwartaal van 2026", "projectjaar 2". */
export function periodPhrase(period: Period): string {
  if (period.kind === 'kwartaal') return period.label.replace(/^(\d)e kwartaal (\d{4})$/, 'het $1e kwartaal van $2');
  if (period.kind === 'projectjaar') return period.label.replace(/ \(.*\)$/, '');
  return period.label;
}

/** A figure in a sentence, or null when it is hidden or not there. */
function words(value: Display | undefined): string | null {
  if (typeof value === 'number') return String(value);
  if (value === SYMBOLS.small) return SUMMARY_TEXT.words.lessThanFive;
  return null;
}

function headline(rows: readonly ReportRow[], code: string): ReportRow | undefined {
  return rows.find((r) => r.section === SECTIONS.headline && r.code === code);
}

/** The headline sentences, in the order the project group reads them. */
export function summarySentences(rows: readonly ReportRow[], period: Period): string[] {
  const t = SUMMARY_TEXT;
  const out: string[] = [];
  const h = (code: string) => headline(rows, code);
  const households = words(h('gezinnen-nieuw')?.current);
  if (households) out.push(t.households(households, periodPhrase(period)));
  const connections = words(h('actief')?.total);
  if (connections) out.push(t.connections(connections));
  const reach = words(h('bereik-uniek')?.current);
  const reachTotal = words(h('bereik-uniek')?.total);
  if (reach && reachTotal) out.push(t.reach(reach, reachTotal));
  else if (reach) out.push(t.reachMonth(reach));
  const devices = words(h('toestellen-uitgedeeld')?.current);
  if (devices) out.push(t.devices(devices));
  const chromebooks = h('chromebooks-uitgedeeld');
  const cb = words(chromebooks?.total);
  if (cb && typeof chromebooks?.target === 'number') out.push(t.chromebooks(cb, chromebooks.target));
  const places = h('vindplaatsen-nieuw');
  const vp = words(places?.total);
  if (vp && typeof places?.target === 'number') out.push(t.vindplaatsen(vp, places.target));
  const support = words(h('ondersteuning')?.current);
  if (support) out.push(t.support(support));
  const start = rows.find((r) => r.code === 'scan-gem-begin')?.total;
  const end = rows.find((r) => r.code === 'scan-gem-einde')?.total;
  if (typeof start === 'number' && typeof end === 'number')
    out.push(t.scan(String(start).replace('.', ','), String(end).replace('.', ',')));
  return out;
}

export interface SummaryInput {
  to: string;
  rows: readonly ReportRow[];
  period: Period;
  settings: Settings;
  /** The charts shown inline, each with its PNG. */
  charts: ReadonlyArray<{ spec: ChartSpec; png: MailFile }>;
  pdf: MailFile;
  preview: boolean;
}

export function summaryMail(input: SummaryInput): OutgoingMail {
  const t = SUMMARY_TEXT;
  const phrase = periodPhrase(input.period);
  const subject = input.preview ? t.previewSubject(input.period.label) : t.subject(input.period.label);
  const inlineImages: Record<string, MailFile> = {};
  for (const { spec, png } of input.charts) inlineImages[`grafiek-${spec.id}`] = png;
  return composeMail({
    to: input.to,
    subject,
    blocks: [
      ...(input.preview ? [small(t.previewNote)] : []),
      title(t.subject(input.period.label)),
      paragraph(t.greeting),
      paragraph(t.intro(phrase)),
      bullets(summarySentences(input.rows, input.period)),
      paragraph(t.more),
      ...input.charts.map(({ spec }) => image(`grafiek-${spec.id}`, spec.description)),
      small(t.small),
      paragraph(t.closing, input.settings.workerName, input.settings.senderName),
    ],
    replyTo: input.settings.workerEmail,
    senderName: input.settings.senderName,
    attachments: [input.pdf],
    inlineImages,
  });
}
