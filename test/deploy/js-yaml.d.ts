// js-yaml 4 ships no types; the two functions the deployment tests use.
declare module 'js-yaml' {
  export function load(text: string): unknown;
  export function loadAll(text: string): unknown[];
}
