import fc from 'fast-check';
import {
  CASE_STATUSES,
  daysBetween,
  EXITS,
  HELPED_EXIT,
  JOURNEY_STEPS,
  judgeTransition,
  nextStep,
} from '../../../src/domain/register/journey';

describe('journey rules', () => {
  it('accepts the next step and stamps its milestone', () => {
    expect(judgeTransition('Aangemeld', 'Contact opgenomen')).toEqual({
      kind: 'forward',
      note: null,
      milestone: 'Contact opgenomen op',
    });
    expect(judgeTransition('Installatie gepland', 'Actief').milestone).toBe('Actief op');
  });

  it('lets optional steps (payment, provider follow-up, installation) be skipped', () => {
    expect(judgeTransition('Aanvraag ingediend', 'Actief')).toMatchObject({ kind: 'forward', note: null });
    expect(judgeTransition('Aanvraag ingediend', 'Installatie gepland')).toMatchObject({ kind: 'forward' });
  });

  it('answers an impossible jump with a Dutch note naming the missing steps, and keeps the change', () => {
    const t = judgeTransition('Aangemeld', 'Actief');
    expect(t.kind).toBe('odd');
    expect(t.milestone).toBe('Actief op');
    expect(t.note).toContain('Contact opgenomen, Geïnformeerd, Aanvraag ingediend');
    expect(t.note).toContain('Klopt dit?');
    expect(judgeTransition('Contact opgenomen', 'Aanvraag ingediend').note).toContain('een stap over: Geïnformeerd');
  });

  it('treats one step back as a correction and more as a note-worthy change', () => {
    expect(judgeTransition('Geïnformeerd', 'Contact opgenomen')).toEqual({
      kind: 'correction',
      note: null,
      milestone: null,
    });
    expect(judgeTransition('Actief', 'Aangemeld').note).toContain('ging terug');
  });

  it('allows every exit, except "geholpen" before the internet is active', () => {
    for (const exit of EXITS.filter((e) => e !== HELPED_EXIT)) {
      expect(judgeTransition('Aangemeld', exit)).toMatchObject({
        kind: 'exit',
        note: null,
        milestone: 'Afgesloten op',
      });
    }
    expect(judgeTransition('Actief', HELPED_EXIT).kind).toBe('exit');
    expect(judgeTransition('Nazorg', HELPED_EXIT).kind).toBe('exit');
    expect(judgeTransition('Geïnformeerd', HELPED_EXIT).note).toContain('pas als het internet actief is');
  });

  it('reopens a closed case without a note', () => {
    expect(judgeTransition('Afgesloten: niet bereikbaar', 'Contact opgenomen')).toMatchObject({
      kind: 'reopen',
      note: null,
      milestone: 'Contact opgenomen op',
    });
  });

  it('flags an emptied or unknown status', () => {
    expect(judgeTransition('Geïnformeerd', '').note).toContain('leeg');
    expect(judgeTransition('Geïnformeerd', 'Bijna klaar').note).toContain('"Bijna klaar" staat niet in de lijst');
  });

  it('never throws and notes exactly the changes that are not ordinary (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', ...CASE_STATUSES, 'rommel'),
        fc.constantFrom('', ...CASE_STATUSES, 'x'),
        (a, b) => {
          const t = judgeTransition(a, b);
          if (t.kind === 'odd') expect(t.note).toBeTruthy();
          else expect(t.note).toBeNull();
          if (a === b) expect(t.kind).toBe('none');
        },
      ),
    );
  });

  it('walks the whole journey step by step without a single note', () => {
    let status: string = JOURNEY_STEPS[0];
    let next = nextStep(status);
    while (next) {
      expect(judgeTransition(status, next).note).toBeNull();
      status = next;
      next = nextStep(status);
    }
    expect(status).toBe('Nazorg');
  });

  it('counts calendar days', () => {
    expect(daysBetween(new Date(2026, 10, 2, 23, 0), new Date(2026, 10, 20, 1, 0))).toBe(18);
  });
});
