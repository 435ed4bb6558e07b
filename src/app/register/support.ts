import { ONWARD, SUPPORT } from '../../domain/register/tabs';
import type { Ports } from '../../ports';
import { issueSeqIdInTab } from '../references';

export interface SupportInput {
  caseRef: string;
  topic?: string;
  where?: string;
  minutes?: number;
  who: string;
  source: string;
  date?: Date;
  note?: string;
}

/** Adds one support session (Ondersteuning); returns its id and row. Topic and place may be filled in later. */
export function addSupportSession(ports: Ports, input: SupportInput): { id: string; rowNumber: number } {
  const id = issueSeqIdInTab(ports.properties, 'OS', ports.tables.read(SUPPORT.name), 'Sessie-ID');
  const [rowNumber] = ports.tables.append(SUPPORT.name, [
    {
      'Sessie-ID': id,
      Datum: input.date ?? ports.clock.now(),
      Dossiernummer: input.caseRef,
      Onderwerp: input.topic ?? '',
      Waar: input.where ?? '',
      'Duur (minuten)': input.minutes ?? '',
      Door: input.who,
      Bron: input.source,
      Notitie: input.note ?? '',
    },
  ]);
  ports.audit.log('support.added', { caseRef: input.caseRef, id });
  return { id, rowNumber };
}

export interface OnwardInput {
  caseRef: string;
  offer?: string;
  organisation?: string;
  threshold?: string;
  wentAlong?: 'ja' | 'nee' | '';
  result?: string;
  date?: Date;
}

/** Adds one onward referral (to a course, digispreekuur, repair café, another service). */
export function addOnwardReferral(ports: Ports, input: OnwardInput): { id: string; rowNumber: number } {
  const id = issueSeqIdInTab(ports.properties, 'VA', ports.tables.read(ONWARD.name), 'Verwijzing-ID');
  const [rowNumber] = ports.tables.append(ONWARD.name, [
    {
      'Verwijzing-ID': id,
      Datum: input.date ?? ports.clock.now(),
      Dossiernummer: input.caseRef,
      Aanbod: input.offer ?? '',
      'Organisatie of plaats': input.organisation ?? '',
      Drempel: input.threshold ?? '',
      'Eerste keer meegegaan': input.wentAlong ?? '',
      Resultaat: input.result ?? 'Nog niet bekend',
    },
  ]);
  ports.audit.log('onward.added', { caseRef: input.caseRef, id });
  return { id, rowNumber };
}
