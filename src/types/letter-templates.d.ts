/** The letter templates, bundled from templates/brieven by scripts/letterTemplates.mjs: { 'uitnodiging/nl': '…' }. */
declare module 'letter-templates' {
  const files: Readonly<Record<string, string>>;
  export default files;
}
