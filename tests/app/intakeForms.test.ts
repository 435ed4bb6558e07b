import { donationForm } from '../../forms/donation';
import { fieldLogForm } from '../../forms/fieldLog';
import { referralForm } from '../../forms/referral';
import { registrationForm } from '../../forms/registration';
import { processSubmission } from '../../src/app/processSubmission';
import { ROUTES, VT_ALONE_WARNING } from '../../src/domain/eligibility/route';
import { ACTIONS, DONATIONS, FIELD_LOG, REGISTRATIONS } from '../../src/domain/intakeTabs';
import { SUPPORT } from '../../src/domain/register/tabs';
import { CASES, REFERRALS, REVIEW, SETTINGS } from '../../src/domain/tabs';
import { donationAnswers, fieldLogAnswers, registrationAnswers, submissionOf } from '../support/formAnswers';
import { memoryWorld } from '../support/memoryPorts';
import { referralAnswers } from '../support/referralAnswers';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 26, 10, minute, 0));

describe('self-registration (Aanmelding)', () => {
  it('creates a case like a referral does, attributed to the outreach action', () => {
    const { tables, mailer, ports } = memoryWorld();
    const outcome = processSubmission(ports, submissionOf(registrationForm, registrationAnswers(), at(0)));
    expect(outcome).toMatchObject({ kind: 'registered', caseRef: 'DT-2026-0001', linked: false });
    expect(tables.read(CASES.name).rows[0].values).toMatchObject({
      Voornaam: 'Mehmet',
      Familienaam: 'Yılmaz',
      Telefoon: '+32 486 11 22 33',
      Gemeente: 'Eeklo',
      'In projectgebied': 'ja',
      Bron: 'Aanmelding',
      'Sociaal tarief': 'onbekend',
      'Voorgestelde route': ROUTES.check,
    });
    expect(tables.read(REGISTRATIONS.name).rows[0].values).toMatchObject({
      Dossiernummer: 'DT-2026-0001',
      'Gehoord via': 'Op een flyer',
      Actiecode: 'A02',
      Koppeling: 'Nieuw dossier',
      Toestemming: 'ja',
    });
    expect(mailer.sent).toHaveLength(0);
  });

  it('an own answer ("Andere") or "weet ik niet" is kept without an action code', () => {
    const { tables, ports } = memoryWorld();
    processSubmission(
      ports,
      submissionOf(registrationForm, registrationAnswers({ heardVia: 'Via mijn buurvrouw' }), at(1)),
    );
    expect(tables.read(REGISTRATIONS.name).rows[0].values).toMatchObject({
      'Gehoord via': 'Via mijn buurvrouw',
      Actiecode: '',
    });
  });

  it('follows the worker’s renamed action in the Acties tab', () => {
    const { tables, ports } = memoryWorld();
    const flyer = tables.read(ACTIONS.name).rows.find((r) => r.values.Code === 'A02')!;
    tables.update(ACTIONS.name, flyer.rowNumber, { 'Antwoord in aanmelding': 'Op een folder' });
    processSubmission(ports, submissionOf(registrationForm, registrationAnswers({ heardVia: 'Op een folder' }), at(2)));
    expect(tables.read(REGISTRATIONS.name).rows[0].values.Actiecode).toBe('A02');
  });

  it('a household registering itself after a partner referred it is linked to the same case', () => {
    const { tables, ports } = memoryWorld();
    processSubmission(ports, submissionOf(referralForm, referralAnswers(), at(3)));
    // same phone, written the international way, names swapped and without capitals, no street this time
    const again = registrationAnswers({
      firstName: 'el amrani',
      lastName: 'fatima',
      phone: '+32470123456',
      street: '',
    });
    const outcome = processSubmission(ports, submissionOf(registrationForm, again, at(4)));
    expect(outcome).toMatchObject({ kind: 'registered', caseRef: 'DT-2026-0001', linked: true });
    expect(tables.read(CASES.name).rows).toHaveLength(1);
    expect(tables.read(REGISTRATIONS.name).rows[0].values.Koppeling).toBe(
      'Bestaand dossier (zelfde naam en telefoonnummer)',
    );
  });

  it('refuses a missing consent with a Dutch reason', () => {
    const { tables, ports } = memoryWorld();
    const outcome = processSubmission(
      ports,
      submissionOf(registrationForm, registrationAnswers({ consent: '' }), at(5)),
    );
    expect(outcome.kind).toBe('review');
    expect(String(tables.read(REVIEW.name).rows[0].values.Reden)).toBe('"Akkoord" is niet bevestigd.');
  });
});

describe('eligibility routing on the referral', () => {
  it.each([
    ['1 – leefloon of steun van het OCMW', 'Nee', '1', ROUTES.social],
    ['Geen van deze', 'Ja', 'geen', ROUTES.essential],
    ['Geen van deze', 'Nee', 'geen', ROUTES.check],
    ['Weet ik niet', 'Ja', 'onbekend', ROUTES.check],
  ])('%s + VT %s → %s, %s', (category, vt, stored, route) => {
    const { tables, ports } = memoryWorld();
    processSubmission(
      ports,
      submissionOf(referralForm, referralAnswers({ socialTariff: category, increasedAllowance: vt }), at(6)),
    );
    const row = tables.read(CASES.name).rows[0].values;
    expect(row).toMatchObject({ 'Sociaal tarief': stored, 'Voorgestelde route': route });
    expect(String(row['Let op bij de route']).includes(VT_ALONE_WARNING)).toBe(vt === 'Ja');
  });

  it('takes its rules from Instellingen: VT no longer enough for Telenet Essential', () => {
    const { tables, ports } = memoryWorld();
    const setting = tables
      .read(SETTINGS.name)
      .rows.find((r) => r.values.Instelling === 'Telenet Essential: verhoogde tegemoetkoming volstaat')!;
    tables.update(SETTINGS.name, setting.rowNumber, { Waarde: 'nee' });
    processSubmission(
      ports,
      submissionOf(referralForm, referralAnswers({ socialTariff: 'Geen van deze', increasedAllowance: 'Ja' }), at(7)),
    );
    expect(tables.read(CASES.name).rows[0].values['Voorgestelde route']).toBe(ROUTES.check);
  });

  it('a second referral of a known household fills in a category the case did not know', () => {
    const { tables, ports } = memoryWorld();
    processSubmission(ports, submissionOf(referralForm, referralAnswers({ socialTariff: 'Weet ik niet' }), at(8)));
    const second = referralAnswers({
      socialTariff: '2A – tegemoetkoming voor personen met een handicap',
      referrerName: 'Jo Claeys',
    });
    expect(processSubmission(ports, submissionOf(referralForm, second, at(9)))).toMatchObject({ linked: true });
    expect(tables.read(CASES.name).rows[0].values).toMatchObject({
      'Sociaal tarief': '2A',
      'Voorgestelde route': ROUTES.social,
    });
    expect(tables.read(REFERRALS.name).rows).toHaveLength(2);
  });
});

describe('laptop donation (Schenking)', () => {
  it('writes one row per donation with a donation number', () => {
    const { tables, ports } = memoryWorld();
    expect(processSubmission(ports, submissionOf(donationForm, donationAnswers(), at(10)))).toMatchObject({
      kind: 'recorded',
      ref: 'SCH-2026-0001',
    });
    const second = donationAnswers({ donorKind: 'Ik geef als persoon', donorName: 'Karel Maes', deviceCount: '1' });
    expect(processSubmission(ports, submissionOf(donationForm, second, at(11)))).toMatchObject({
      ref: 'SCH-2026-0002',
    });
    expect(tables.read(DONATIONS.name).rows[0].values).toMatchObject({
      Schenker: 'Bakkerij Vandamme bv',
      Contactpersoon: 'Els Vandamme',
      'E-mail': 'els@bakkerij-vandamme.example',
      Telefoon: '+32 9 377 12 34',
      'Aantal toestellen': 3,
      'Soort toestellen': 'Laptop',
      'Akkoord gegevens wissen': 'ja',
    });
  });

  it.each([
    [{ contactEmail: '', contactPhone: '' }, 'geen e-mailadres en geen telefoonnummer'],
    [{ handover: 'Kom ze alstublieft ophalen', pickupAddress: '' }, 'geen adres'],
    [{ deviceCount: 'veel' }, 'geen getal'],
    [{ wipeAcknowledged: '' }, 'niet bevestigd'],
  ])('%j goes to Te controleren', (override, reason) => {
    const { tables, ports } = memoryWorld();
    expect(processSubmission(ports, submissionOf(donationForm, donationAnswers(override), at(12))).kind).toBe('review');
    expect(String(tables.read(REVIEW.name).rows[0].values.Reden)).toContain(reason);
    expect(tables.read(DONATIONS.name).rows).toHaveLength(0);
  });

  it('a second delivery changes nothing', () => {
    const { tables, ports } = memoryWorld();
    const sub = submissionOf(donationForm, donationAnswers(), at(13));
    processSubmission(ports, sub);
    expect(processSubmission(ports, sub)).toMatchObject({ kind: 'duplicate', caseRef: 'SCH-2026-0001' });
    expect(tables.read(DONATIONS.name).rows).toHaveLength(1);
  });
});

describe('field log (Veldwerk)', () => {
  it('writes one row per entry, with the action code and the day as a date', () => {
    const { tables, ports } = memoryWorld();
    expect(processSubmission(ports, submissionOf(fieldLogForm, fieldLogAnswers(), at(14))).kind).toBe('recorded');
    const row = tables.read(FIELD_LOG.name).rows[0].values;
    expect(row).toMatchObject({ Actie: 'Infostand', Actiecode: 'A13', 'Bereikte mensen': 23, Folders: 40 });
    expect(row.Datum).toEqual(new Date(2026, 10, 24));
  });

  it('accepts the form-trigger date shape and empty optional counts', () => {
    const { tables, ports } = memoryWorld();
    processSubmission(ports, submissionOf(fieldLogForm, fieldLogAnswers({ date: '2026-11-24', leaflets: '' }), at(15)));
    expect(tables.read(FIELD_LOG.name).rows[0].values).toMatchObject({ Folders: '', Datum: new Date(2026, 10, 24) });
  });

  it.each([
    [{ date: '31/02/2026' }, 'geen datum'],
    [{ peopleReached: 'veel' }, 'geen getal'],
    [{ place: '' }, 'niet ingevuld'],
  ])('%j goes to Te controleren', (override, reason) => {
    const { tables, ports } = memoryWorld();
    expect(processSubmission(ports, submissionOf(fieldLogForm, fieldLogAnswers(override), at(16))).kind).toBe('review');
    expect(String(tables.read(REVIEW.name).rows[0].values.Reden)).toContain(reason);
  });

  describe('help to one household, noted in the field log', () => {
    const help = {
      supportCaseRef: ' dt-2026-0001 ',
      supportTopic: 'itsme',
      supportPlace: 'Thuis',
      supportMinutes: '45',
    };

    it('also becomes a support session in Ondersteuning, once', () => {
      const { tables, ports } = memoryWorld();
      processSubmission(ports, submissionOf(referralForm, referralAnswers(), at(1)));
      const sub = submissionOf(fieldLogForm, fieldLogAnswers(help), at(17));
      expect(processSubmission(ports, sub).kind).toBe('recorded');
      expect(processSubmission(ports, sub).kind).toBe('duplicate');
      const sessions = tables.read(SUPPORT.name).rows.map((r) => r.values);
      expect(sessions).toHaveLength(1);
      expect(sessions[0]).toMatchObject({
        Dossiernummer: 'DT-2026-0001',
        Onderwerp: 'itsme',
        Waar: 'Thuis',
        'Duur (minuten)': 45,
        Door: 'Lies Van Damme',
        Datum: new Date(2026, 10, 24),
      });
      expect(String(sessions[0].Bron)).toMatch(/^Veldwerk veldwerk-/);
    });

    it('a crash between the field-log row and the session: the rerun adds the session, once', () => {
      const { tables, ports } = memoryWorld();
      processSubmission(ports, submissionOf(referralForm, referralAnswers(), at(1)));
      const sub = submissionOf(fieldLogForm, fieldLogAnswers(help), at(18));
      const append = tables.append.bind(tables);
      tables.append = (tab, rows) => {
        if (tab === SUPPORT.name) throw new Error('crash');
        return append(tab, rows);
      };
      expect(() => processSubmission(ports, sub)).toThrow('crash');
      tables.append = append;
      processSubmission(ports, sub);
      processSubmission(ports, sub);
      expect(tables.read(FIELD_LOG.name).rows).toHaveLength(1);
      expect(tables.read(SUPPORT.name).rows).toHaveLength(1);
    });

    it.each([
      [{ ...help, supportCaseRef: 'DT-2026-0099' }, 'staat niet in Dossiers'],
      [{ ...help, supportCaseRef: 'Fatima' }, 'geen dossiernummer'],
    ])('%j goes to Te controleren and adds no session', (override, reason) => {
      const { tables, ports } = memoryWorld();
      processSubmission(ports, submissionOf(referralForm, referralAnswers(), at(1)));
      const sub = submissionOf(fieldLogForm, fieldLogAnswers(override), at(19));
      expect(processSubmission(ports, sub).kind).toBe('review');
      expect(processSubmission(ports, sub).kind).toBe('duplicate');
      expect(String(tables.read(REVIEW.name).rows[0].values.Reden)).toContain(reason);
      expect(tables.read(FIELD_LOG.name).rows).toHaveLength(0);
      expect(tables.read(SUPPORT.name).rows).toHaveLength(0);
    });
  });
});
