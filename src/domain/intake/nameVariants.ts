/**
 * The curated name tables household matching uses (docs/intake.md, "Names"). Small on purpose: every entry is
 * a spelling the project's households and partners really produce, and every entry can only make two names
 * *closer*; none of them can link a household on its own (a link always needs a second kind of evidence).
 *
 * Written in folded form: lower case, no accents, Latin letters (see `foldName` in names.ts).
 */

/**
 * One given name written in several Latin transliterations (Arabic, Turkish, Persian, Ukrainian/Russian).
 * Spellings in one group are the *same* name: Mohamed, Mohammed and Muhammad are one person's name written by
 * three different clerks. The first spelling is the group's canonical form.
 */
export const TRANSLITERATIONS: readonly (readonly string[])[] = [
  ['mohamed', 'mohammed', 'muhammad', 'muhammed', 'mohamad', 'mohammad', 'mouhamed', 'mouhammad', 'muhamad'],
  ['ahmed', 'ahmad', 'ahmet', 'ahmat'],
  ['mahmoud', 'mahmud', 'mahmood', 'mahmut'],
  ['youssef', 'yousef', 'yusuf', 'youssouf', 'yousif', 'yussuf', 'yusef', 'youcef', 'jusuf', 'joesoef'],
  ['mustafa', 'moustafa', 'mostafa', 'mustapha', 'moustapha', 'mostapha', 'moestafa'],
  ['hussein', 'hussain', 'husain', 'hossein', 'hossain', 'houssein', 'husein', 'huseyin'],
  ['hassan', 'hasan'],
  ['khalid', 'khaled', 'halid'],
  ['fatima', 'fatma', 'fatimah', 'fatime'],
  ['aisha', 'aicha', 'aysha', 'ayesha', 'aischa', 'ayse', 'aise'],
  ['mariam', 'maryam', 'meryem', 'mariyam', 'miriam', 'myriam'],
  ['khadija', 'khadidja', 'khadijah', 'hadija', 'hatice', 'hadice'],
  ['zainab', 'zeinab', 'zaynab', 'zeynep', 'zineb'],
  ['said', 'saeed', 'saied', 'sayed'],
  ['rachid', 'rashid', 'rasheed'],
  ['naima', 'naeema'],
  ['omar', 'umar', 'omer'],
  ['othman', 'osman', 'usman', 'uthman', 'otman'],
  ['ibrahim', 'ebrahim', 'brahim', 'ibrahiem'],
  ['ismail', 'ismael', 'smail', 'esmail'],
  ['abdallah', 'abdullah', 'abdellah', 'abdulla'],
  ['abdelrahman', 'abderrahmane', 'abderrahman', 'abdulrahman', 'abdurrahman'],
  ['karim', 'kareem', 'kerim'],
  ['nour', 'noor', 'nur'],
  ['leila', 'layla', 'laila', 'leyla', 'lejla'],
  ['yasmina', 'yasmine', 'yasmin'],
  ['soufiane', 'sofiane', 'sufyan', 'soufian', 'sofian'],
  ['tariq', 'tarik', 'tarek'],
  ['walid', 'waleed', 'oualid'],
  ['jamal', 'djamal', 'jamel'],
  ['zahra', 'zohra', 'zahraa', 'zehra'],
  ['hiba', 'heba'],
  ['oleksandr', 'olexandr', 'oleksander', 'aleksandr', 'alexandr', 'aleksander', 'alexander'],
  ['olena', 'elena', 'yelena', 'jelena'],
  ['iryna', 'irina'],
  ['nataliia', 'natalia', 'nataliya', 'natalya', 'natalija'],
  ['andrii', 'andriy', 'andrei', 'andrey', 'andrij'],
  ['serhii', 'serhiy', 'sergei', 'sergey', 'sergii', 'serhij'],
  ['dmytro', 'dmitri', 'dmitry', 'dmitriy'],
  ['yuliia', 'yulia', 'yuliya', 'iuliia', 'julija'],
  ['viktoriia', 'viktoria', 'viktoriya', 'victoria'],
  ['tetiana', 'tatiana', 'tetyana', 'tatyana', 'tatjana'],
  ['mykola', 'nikolai', 'nikolay', 'mykolai'],
  ['volodymyr', 'vladimir'],
  ['yevhen', 'yevgeny', 'evgeny', 'evgeniy', 'ievgen'],
  ['halyna', 'galina'],
  ['kateryna', 'ekaterina', 'yekaterina', 'katerina'],
];

/**
 * Given names and the short forms people go by (Flemish, Polish, Ukrainian). Unlike a transliteration, a short
 * form may also be someone else's own name (Mieke is a name of its own; Maria's daughter may be called Mieke),
 * so a nickname makes two names *similar*, never the same: it needs one more kind of evidence than an exact
 * name to link. A name may sit in more than one group (Rik: Hendrik or Frederik).
 */
export const NICKNAMES: readonly (readonly string[])[] = [
  ['magdalena', 'magda', 'madeleine'],
  ['elisabeth', 'elizabeth', 'els', 'lies', 'liesbeth', 'betty'],
  ['maria', 'mia', 'ria', 'mieke', 'marieke'],
  ['johannes', 'jan', 'johan', 'hans'],
  ['jozef', 'josef', 'joseph', 'jef', 'jos'],
  ['willem', 'wim', 'willy', 'william'],
  ['hendrik', 'henk', 'rik', 'henri'],
  ['frederik', 'frederic', 'fred', 'rik'],
  ['margaretha', 'margareta', 'margriet', 'griet', 'greet', 'greta'],
  ['catharina', 'catherine', 'katrien', 'katrijn', 'trien', 'cathy'],
  ['christine', 'christina', 'kristien', 'tine', 'stien'],
  ['antoon', 'antonius', 'anton', 'toon', 'tony', 'antoine'],
  ['cornelia', 'nele'],
  ['thomas', 'tom'],
  ['nicolaas', 'nico', 'klaas', 'niek'],
  ['pieter', 'piet', 'peter', 'petrus'],
  ['franciscus', 'frans', 'francois', 'swa'],
  ['alfons', 'fons'],
  ['leopold', 'pol'],
  ['lodewijk', 'lode', 'ludo', 'louis'],
  ['theodoor', 'theo'],
  ['emiel', 'miel'],
  ['malgorzata', 'gosia'],
  ['katarzyna', 'kasia'],
  ['agnieszka', 'aga'],
  ['tomasz', 'tomek'],
  ['krzysztof', 'krzys'],
  ['oleksandr', 'sasha', 'sashko'],
  ['nataliia', 'natasha'],
  ['kateryna', 'katya'],
  ['dmytro', 'dima'],
  ['viktoriia', 'vika'],
  ['iryna', 'ira'],
  ['mykola', 'kolya'],
];

/**
 * Family-name particles written separately or not ("Van den Bossche", "Vandenbossche", "van Den Bossche",
 * "D'Hondt", "El Amrani", "Al-Amrani"). They are kept in the name (Van Damme is not Damme) but a name written
 * without its particle is still *similar*. "el" and "al" are the same Arabic article.
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  'van',
  'vande',
  'vanden',
  'vander',
  'de',
  'der',
  'den',
  'het',
  't',
  'ter',
  'ten',
  'te',
  'op',
  'in',
  'd',
  'l',
  'la',
  'le',
  'du',
  'des',
  'di',
  'da',
  'del',
  'al',
  'el',
  // Arabic and Berber "son of" / "of the family of": Ben Ali, Ait Ouali. Kept, never stripped when glued
  // (Benali is not Ali).
  'ben',
  'bin',
  'ibn',
  'abu',
  'abou',
  'ait',
  'ould',
]);

/**
 * Particles that are also written glued to the name ("Vandenbossche", "Desmet", "Elamrani"). A glued one comes
 * off only when at least 3 letters remain.
 */
export const GLUED_PARTICLES: readonly string[] = ['vanden', 'vander', 'vande', 'van', 'den', 'der', 'de', 'al'];

/**
 * Letters that Unicode does not decompose into a Latin letter plus an accent, as Belgian civil registers write
 * them (ı from Turkish, ł from Polish, ø, æ, œ, ß).
 */
export const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ĳ: 'ij',
};

/**
 * Ukrainian and Russian Cyrillic in the Ukrainian national transliteration (the one on Ukrainian passports),
 * so "Олена Мельник" meets "Olena Melnyk". Letters with two values take the first at the start of a word
 * (є ye, ї yi, й y, ю yu, я ya) and the second elsewhere (ie, i, i, iu, ia).
 */
export const CYRILLIC: Readonly<Record<string, string | readonly [string, string]>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: ['ye', 'ie'],
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: ['yi', 'i'],
  й: ['y', 'i'],
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: ['yu', 'iu'],
  я: ['ya', 'ia'],
};
