import { letterKind } from '../../../src/domain/letters/catalogue';
import { checkLetter, type RuleId } from '../../../src/domain/letters/clearLanguage';
import { parseTemplate } from '../../../src/domain/letters/template';

const invitation = letterKind('uitnodiging')!;
const donors = letterKind('schenkers')!;

function rules(body: string, language = 'nl', kind = invitation): RuleId[] {
  return checkLetter(parseTemplate(kind.id, language, `# Onderwerp\n\nBeste {{voornaam}},\n\n${body}`), kind).map(
    (f) => f.rule,
  );
}

describe('clear-language check: each rule fails on a bad example and passes on a good one', () => {
  it('unknown placeholder', () => {
    expect(rules('Je nummer is {{klantnummer}}.')).toEqual(['onbekende-plaatshouder']);
    expect(rules('Je nummer is {{dossiernummer}}.')).toEqual([]);
  });

  it('missing placeholder', () => {
    const kind = letterKind('afspraak')!;
    const missing = checkLetter(
      parseTemplate('afspraak', 'nl', '# Je afspraak\n\nBeste {{voornaam}},\n\nTot dan.'),
      kind,
    );
    expect(missing.map((f) => f.message)).toEqual([
      '{{afspraak_datum}} ontbreekt. Deze brief heeft dat nodig.',
      '{{afspraak_plaats}} ontbreekt. Deze brief heeft dat nodig.',
    ]);
    const complete = '# Je afspraak\n\nBeste {{voornaam}},\n\nWe zien je op {{afspraak_datum}} in {{afspraak_plaats}}.';
    expect(checkLetter(parseTemplate('afspraak', 'nl', complete), kind)).toEqual([]);
  });

  it('broken placeholder and a list placeholder that does not stand alone', () => {
    expect(rules('Beste {voornaam}, welkom.')).toEqual(['kapotte-plaatshouder']);
    expect(rules('Beste {{ voornaam }}, welkom.')).toEqual(['kapotte-plaatshouder']);
    expect(rules('Ga naar {{digipunten}} als je hulp nodig hebt.')).toEqual(['lijst-niet-alleen']);
    expect(rules('Hier vind je hulp:\n\n- {{digipunten}}')).toEqual([]);
  });

  it('sentences over 15 words (a placeholder counts as one word)', () => {
    expect(
      rules('Wij willen je graag helpen met goedkoper internet en een laptop en hulp bij je computer thuis.'),
    ).toEqual(['lange-zin']);
    expect(rules('Wij helpen je graag. Met goedkoper internet, een laptop en hulp bij je computer.')).toEqual([]);
  });

  it('formal words from the Heerlijk Helder list', () => {
    const found = checkLetter(
      parseTemplate('uitnodiging', 'nl', '# O\n\nBeste {{voornaam}},\n\nIndien je vragen hebt, gelieve ons te bellen.'),
      invitation,
    );
    expect(found.map((f) => f.message)).toEqual([
      '"indien" is een moeilijk woord. Schrijf "als".',
      '"gelieve" is een moeilijk woord. Schrijf "wil je of vragen we".',
    ]);
    expect(rules('Heb je vragen? Bel ons.')).toEqual([]);
    expect(rules('De documenten zitten in bijlage.')).toEqual(['formeel-woord']);
  });

  it('u and je mixed', () => {
    expect(rules('Heb je vragen? Bel ons, wij helpen u graag.')).toEqual(['u-en-je']);
    expect(rules('Heb je vragen? Bel ons, wij helpen je graag.')).toEqual([]);
    expect(rules('Hebt u vragen? Bel ons, wij helpen u graag.')).toEqual([]);
  });

  it('unexplained abbreviations', () => {
    expect(rules('Neem je eID mee.')).toEqual(['afkorting']);
    expect(rules('Neem je identiteitskaart (eID) mee.')).toEqual([]);
    expect(rules('Vraag het aan het OCMW.')).toEqual(['afkorting']);
    expect(rules('Vraag het aan het OCMW (het sociaal huis).')).toEqual([]);
    expect(rules('Neem bv. je bankkaart mee.')).toEqual(['afkorting']);
    expect(rules('Neem o.a. je bankkaart mee.')).toEqual(['afkorting']);
    expect(rules('Neem bijvoorbeeld je bankkaart mee. Welkom bij Allemaal Digi.Taal.')).toEqual([]);
  });

  it('passive constructions', () => {
    expect(rules('Je aanvraag wordt door ons verstuurd.')).toEqual(['lijdende-vorm']);
    expect(rules('Je laptop werd gisteren opgehaald.')).toEqual(['lijdende-vorm']);
    expect(rules('De gegevens zijn door een partner gewist.')).toEqual(['lijdende-vorm']);
    expect(rules('Wij sturen je aanvraag. Een partner wist je gegevens.')).toEqual([]);
  });

  it('other languages: placeholder and length rules only', () => {
    expect(rules('Nous vous appelons indien vous voulez.', 'fr')).toEqual([]);
    expect(rules('Votre numéro est {{klantnummer}}.', 'fr')).toEqual(['onbekende-plaatshouder']);
    expect(
      rules('We would like to help you with cheaper internet and a laptop and help with your computer at home.', 'en'),
    ).toEqual(['lange-zin']);
    expect(
      checkLetter(parseTemplate('schenkers', 'en', '# Thanks\n\nDear {{contactpersoon}},\n\nThanks.'), donors).map(
        (f) => f.rule,
      ),
    ).toEqual(['ontbrekende-plaatshouder']);
  });
});
