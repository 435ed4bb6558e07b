/**
 * Postcodes of the six municipalities of Allemaal Digi.Taal (copy of shared/data/projectgebied-postcodes.json).
 * Postcode → main municipality → the places (deelgemeenten) that postcode covers.
 */
export const PROJECT_AREA: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Eeklo: { '9900': ['Eeklo'] },
  Aalter: { '9880': ['Aalter', 'Lotenhulle', 'Poeke'], '9881': ['Bellem'], '9910': ['Knesselare', 'Ursel'] },
  Assenede: { '9960': ['Assenede'], '9961': ['Boekhoute'], '9968': ['Bassevelde', 'Oosteeklo'] },
  Kaprijke: { '9970': ['Kaprijke'], '9971': ['Lembeke'] },
  Lievegem: {
    '9920': ['Lovendegem'],
    '9921': ['Vinderhoute'],
    '9930': ['Zomergem'],
    '9931': ['Oostwinkel'],
    '9932': ['Ronsele'],
    '9950': ['Waarschoot'],
  },
  'Sint-Laureins': {
    '9980': ['Sint-Laureins'],
    '9981': ['Sint-Margriete'],
    '9982': ['Sint-Jan-in-Eremo'],
    '9988': ['Waterland-Oudeman', 'Watervliet'],
  },
};

/** French (and old) spellings people may type for Belgian municipalities, mapped to the Dutch name. */
export const MUNICIPALITY_ALIASES: Readonly<Record<string, string>> = {
  eecloo: 'Eeklo',
  aeltre: 'Aalter',
  gand: 'Gent',
  alost: 'Aalst',
  bruges: 'Brugge',
  courtrai: 'Kortrijk',
  ypres: 'Ieper',
  audenarde: 'Oudenaarde',
  renaix: 'Ronse',
  malines: 'Mechelen',
  anvers: 'Antwerpen',
  louvain: 'Leuven',
  termonde: 'Dendermonde',
  grammont: 'Geraardsbergen',
  'saint-nicolas': 'Sint-Niklaas',
  'saint-laurent': 'Sint-Laureins',
  bruxelles: 'Brussel',
  ostende: 'Oostende',
  tirlemont: 'Tienen',
  tongres: 'Tongeren',
  hal: 'Halle',
  vilvorde: 'Vilvoorde',
  deinze: 'Deinze',
};
