/** YAML data files import as plain data (@rollup/plugin-yaml, astro.config.mjs); their schema types them. */
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
