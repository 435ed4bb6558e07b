import { donationForm, HANDOVER } from '../../forms/donation';
import { DONATIONS } from '../domain/intakeTabs';
import type { Ports } from '../ports';
import { thankDonor } from './donorThanks';
import { intakeRecord, type RecordForm } from './recordIntake';
import { issueYearRefInTab } from './references';
import type { IntakeOptions, IntakeOutcome, Submission } from './submission';

export const DONATION_INTAKE: RecordForm<typeof donationForm> = {
  form: donationForm,
  tab: DONATIONS.name,
  refColumn: 'Schenkingsnummer',
  crossCheck(a) {
    const reasons: string[] = [];
    if (a.contactEmail === '' && a.contactPhone === '') {
      reasons.push('Er is geen e-mailadres en geen telefoonnummer. We hebben er een nodig om de schenker te bereiken.');
    }
    if (a.handover === HANDOVER[1] && a.pickupAddress === '') {
      reasons.push('De schenker vraagt om op te halen, maar er is geen adres.');
    }
    if (Number(a.deviceCount) < 1) reasons.push('Het aantal toestellen is 0.');
    return reasons;
  },
  nextRef: (records, receivedAt, properties) =>
    issueYearRefInTab(properties, 'SCH', receivedAt.getFullYear(), records, 'Schenkingsnummer'),
  row: (a, ctx) => ({
    Schenkingsnummer: ctx.ref,
    'Antwoord-ID': ctx.key,
    'Ontvangen op': ctx.receivedAt,
    Schenker: a.donorName,
    'Soort schenker': a.donorKind,
    Contactpersoon: a.contactName,
    'E-mail': a.contactEmail,
    Telefoon: a.contactPhone,
    'Aantal toestellen': Number(a.deviceCount),
    'Soort toestellen': a.deviceKinds.join(', '),
    Leeftijd: a.age,
    Lader: a.charger,
    Staat: a.condition,
    'Afgeven of ophalen': a.handover,
    'Adres ophalen': a.pickupAddress,
    'Akkoord gegevens wissen': a.wipeAcknowledged ? 'ja' : 'nee',
    Opmerkingen: a.notes,
    'Rij in antwoordtab': ctx.responseRow ?? '',
  }),
  followUp: (ports, record, key) => thankDonor(ports, record, key),
};

/** A laptop donation: one row in Schenkingen with its number SCH-jjjj-nnnn, and a thank-you to the donor (once). */
export function processDonation(ports: Ports, sub: Submission, key: string, options?: IntakeOptions): IntakeOutcome {
  return intakeRecord(ports, DONATION_INTAKE, sub, key, options);
}
