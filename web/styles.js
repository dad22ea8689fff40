// The shadow-root CSS of <news-lens>, as a string for a constructable stylesheet
// (adoptedStyleSheets work under a strict CSP with no 'unsafe-inline').
export const elementCss = `/* The shadow styles of <news-lens>. Theme with the custom properties below
   (set them on the element or an ancestor) and style the exposed ::part()s. */
:host {
  display: block;
  color-scheme: light dark;
  --nl-bg: transparent;
  --nl-fg: CanvasText;
  --nl-muted: #57606a;
  --nl-border: #d0d7de;
  --nl-accent: #0969da;
  --nl-selected-outline: #bf3989;
  --nl-flash: #fff1a8;
  --nl-radius: 6px;
  --nl-text-max-height: 32rem;
  --nl-panel-width: 18rem;
  --nl-entities-max-height: 28rem;
  --nl-color-PERSON: #fde2a7;
  --nl-color-NORP: #f5d0f0;
  --nl-color-ORG: #c8e6ff;
  --nl-color-GPE: #c9f2d0;
  --nl-color-LOC: #dcefb8;
  --nl-color-FAC: #ffd8c2;
  --nl-color-EVENT: #ffc9c9;
  --nl-color-PRODUCT: #cdf3f3;
  --nl-color-WORK_OF_ART: #eedcff;
  --nl-color-LAW: #e8dfc4;
  --nl-color-DATE: #dcd6ff;
  --nl-color-TIME: #e6d9f7;
  --nl-color-MONEY: #c5efd9;
  --nl-color-PERCENT: #d8eec6;
  --nl-color-QUANTITY: #ece7c8;
  --nl-color-CARDINAL: #e4e7eb;
  --nl-color-ORDINAL: #eceff2;
  background: var(--nl-bg);
  color: var(--nl-fg);
  font: inherit;
  container-type: inline-size; /* the layout follows the element's width, not the window's */
}
@media (prefers-color-scheme: dark) {
  :host {
    --nl-muted: #9aa4b0;
    --nl-border: #30363d;
    --nl-accent: #58a6ff;
    --nl-selected-outline: #ff7ab8;
    --nl-flash: #6b5d00;
    --nl-color-PERSON: #6b4f12;
    --nl-color-NORP: #5e2357;
    --nl-color-ORG: #164a72;
    --nl-color-GPE: #1f5a2c;
    --nl-color-LOC: #3f5a18;
    --nl-color-FAC: #6e3518;
    --nl-color-EVENT: #6e1f24;
    --nl-color-PRODUCT: #14585a;
    --nl-color-WORK_OF_ART: #4b2a6e;
    --nl-color-LAW: #4d4528;
    --nl-color-DATE: #3d3475;
    --nl-color-TIME: #4f3a6a;
    --nl-color-MONEY: #1d5a40;
    --nl-color-PERCENT: #34501f;
    --nl-color-QUANTITY: #4a4a2a;
    --nl-color-CARDINAL: #3a4048;
    --nl-color-ORDINAL: #444a52;
  }
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
[data-type="PERSON"] { --nl-type-color: var(--nl-color-PERSON); }
[data-type="NORP"] { --nl-type-color: var(--nl-color-NORP); }
[data-type="ORG"] { --nl-type-color: var(--nl-color-ORG); }
[data-type="GPE"] { --nl-type-color: var(--nl-color-GPE); }
[data-type="LOC"] { --nl-type-color: var(--nl-color-LOC); }
[data-type="FAC"] { --nl-type-color: var(--nl-color-FAC); }
[data-type="EVENT"] { --nl-type-color: var(--nl-color-EVENT); }
[data-type="PRODUCT"] { --nl-type-color: var(--nl-color-PRODUCT); }
[data-type="WORK_OF_ART"] { --nl-type-color: var(--nl-color-WORK_OF_ART); }
[data-type="LAW"] { --nl-type-color: var(--nl-color-LAW); }
[data-type="DATE"] { --nl-type-color: var(--nl-color-DATE); }
[data-type="TIME"] { --nl-type-color: var(--nl-color-TIME); }
[data-type="MONEY"] { --nl-type-color: var(--nl-color-MONEY); }
[data-type="PERCENT"] { --nl-type-color: var(--nl-color-PERCENT); }
[data-type="QUANTITY"] { --nl-type-color: var(--nl-color-QUANTITY); }
[data-type="CARDINAL"] { --nl-type-color: var(--nl-color-CARDINAL); }
[data-type="ORDINAL"] { --nl-type-color: var(--nl-color-ORDINAL); }
.status { color: var(--nl-muted); }
.status:empty { display: none; }
.status[data-state="error"] { color: #cf222e; }
.stats { color: var(--nl-muted); font-size: 0.9em; margin: 0.2rem 0 0.5rem; }
.legend { display: flex; flex-wrap: wrap; gap: 0.35rem; margin: 0 0 0.6rem; padding: 0; }
.nl-legend-item {
  display: inline-flex; align-items: center; gap: 0.35rem; font: inherit; font-size: 0.85em;
  color: var(--nl-fg); background: transparent; border: 1px solid var(--nl-border);
  border-radius: 999px; padding: 0.1rem 0.6rem; cursor: pointer;
}
.nl-legend-item[aria-pressed="false"] { opacity: 0.5; text-decoration: line-through; }
.nl-swatch {
  display: inline-block; width: 0.85em; height: 0.85em; border-radius: 3px;
  background: var(--nl-type-color, var(--nl-color-CARDINAL)); border: 1px solid var(--nl-border); flex: none;
}
.nl-count { color: var(--nl-muted); font-variant-numeric: tabular-nums; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) var(--nl-panel-width); gap: 1rem; align-items: start; }
@container (max-width: 44rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
.text {
  white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.7; max-height: var(--nl-text-max-height);
  overflow: auto; padding: 0.5rem 0.75rem; border: 1px solid var(--nl-border); border-radius: var(--nl-radius);
}
.text:empty { display: none; }
/* Off-screen pages of text skip rendering work (render.js sets each one's estimated size). */
.nl-page { content-visibility: auto; }
.nl-boilerplate { opacity: 0.55; }
mark.nl-mention {
  color: inherit; background: var(--nl-type-color, var(--nl-color-CARDINAL)); border-radius: 3px;
  padding: 0 1px; box-decoration-break: clone; -webkit-box-decoration-break: clone;
}
mark.nl-mention[data-entity] { cursor: pointer; }
mark.nl-active { outline: 2px solid var(--nl-accent); outline-offset: 0; }
mark.nl-selected { outline: 2px solid var(--nl-selected-outline); outline-offset: 1px; }
.text[data-hidden~="PERSON"] mark[data-type="PERSON"],
.text[data-hidden~="NORP"] mark[data-type="NORP"],
.text[data-hidden~="ORG"] mark[data-type="ORG"],
.text[data-hidden~="GPE"] mark[data-type="GPE"],
.text[data-hidden~="LOC"] mark[data-type="LOC"],
.text[data-hidden~="FAC"] mark[data-type="FAC"],
.text[data-hidden~="EVENT"] mark[data-type="EVENT"],
.text[data-hidden~="PRODUCT"] mark[data-type="PRODUCT"],
.text[data-hidden~="WORK_OF_ART"] mark[data-type="WORK_OF_ART"],
.text[data-hidden~="LAW"] mark[data-type="LAW"],
.text[data-hidden~="DATE"] mark[data-type="DATE"],
.text[data-hidden~="TIME"] mark[data-type="TIME"],
.text[data-hidden~="MONEY"] mark[data-type="MONEY"],
.text[data-hidden~="PERCENT"] mark[data-type="PERCENT"],
.text[data-hidden~="QUANTITY"] mark[data-type="QUANTITY"],
.text[data-hidden~="CARDINAL"] mark[data-type="CARDINAL"],
.text[data-hidden~="ORDINAL"] mark[data-type="ORDINAL"] { background: transparent; outline: none; }
.nl-sentence.nl-flash { background: var(--nl-flash); border-radius: 3px; transition: background 0.2s; }
@media (prefers-reduced-motion: no-preference) {
  .nl-sentence.nl-flash { animation: nl-flash 1.6s ease-out; }
  @keyframes nl-flash { 0%, 40% { background: var(--nl-flash); } 100% { background: transparent; } }
}
.panel { display: flex; flex-direction: column; gap: 0.8rem; min-width: 0; }
.panel h2 { font-size: 0.95em; margin: 0 0 0.3rem; }
.panel section[data-empty] { display: none; }
.entities { outline: none; display: flex; flex-direction: column; gap: 0.4rem; max-height: var(--nl-entities-max-height); overflow: auto; }
.nl-group-heading { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--nl-muted); margin: 0.2rem 0; }
.nl-entity {
  display: grid; grid-template-columns: auto minmax(0, 1fr) auto; grid-template-rows: auto auto; column-gap: 0.4rem;
  align-items: center; padding: 0.2rem 0.4rem; border-radius: var(--nl-radius); cursor: pointer;
}
.nl-entity:hover, .nl-entity.nl-active { background: color-mix(in srgb, var(--nl-accent) 12%, transparent); }
.nl-entity:focus-visible { outline: 2px solid var(--nl-accent); outline-offset: -2px; }
.nl-entity[aria-selected="true"] { box-shadow: inset 3px 0 0 var(--nl-selected-outline); font-weight: 600; }
.nl-entity-name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.nl-salience { grid-column: 2 / 4; height: 3px; background: var(--nl-border); border-radius: 2px; overflow: hidden; }
.nl-salience-fill { display: block; height: 100%; background: var(--nl-type-color, var(--nl-accent)); filter: saturate(2.5) brightness(0.85); }
.nl-entity-group[hidden] { display: none; }
ol, ul { margin: 0; padding-left: 1.4rem; }
.key-points { display: flex; flex-direction: column; gap: 0.3rem; }
.nl-key-point-button {
  display: block; width: 100%; font: inherit; color: inherit; text-align: start; background: transparent; border: 0; padding: 0.15rem 0.25rem;
  border-radius: var(--nl-radius); cursor: pointer;
}
.nl-key-point-button:hover { background: color-mix(in srgb, var(--nl-accent) 10%, transparent); }
.nl-key-point-button:focus-visible { outline: 2px solid var(--nl-accent); }
.quotes { display: flex; flex-direction: column; gap: 0.3rem; font-size: 0.92em; }
.nl-quote-speaker { color: var(--nl-muted); }
.nl-more { color: var(--nl-muted); font-size: 0.85em; list-style: none; }
.panel { contain: layout style; }
.keywords { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
.nl-keyword { border: 1px solid var(--nl-border); border-radius: 999px; padding: 0 0.5rem; font-size: 0.85em; }
`;
