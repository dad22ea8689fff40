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
  /* No height limits by default: the page scrolls, not boxes inside it (set these
     to cap the text or the entity list in a fixed-height embed). */
  --nl-text-max-height: none;
  --nl-panel-width: 18rem;
  --nl-entities-max-height: none;
  --nl-quote: #8250df;
  --nl-term: #9a6700;
  --nl-note: #d4a72c;
  --nl-color-PERSON: #ffe5a7;
  --nl-color-NORP: #ffbcd4;
  --nl-color-ORG: #a1d8ff;
  --nl-color-GPE: #95eccd;
  --nl-color-LOC: #92ffff;
  --nl-color-FAC: #ffd1b7;
  --nl-color-EVENT: #efe2ff;
  --nl-color-PRODUCT: #b9f2ff;
  --nl-color-WORK_OF_ART: #cec8ff;
  --nl-color-LAW: #d2ceb3;
  --nl-color-DATE: #ffb3ff;
  --nl-color-TIME: #ffceff;
  --nl-color-MONEY: #e6f1c0;
  --nl-color-PERCENT: #a5ca9b;
  --nl-color-QUANTITY: #c2e8cf;
  --nl-color-CARDINAL: #c9d5da;
  --nl-color-ORDINAL: #ffdadd;
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
    --nl-quote: #c297ff;
    --nl-term: #d29922;
    --nl-color-PERSON: #6f550d;
    --nl-color-NORP: #5b1e53;
    --nl-color-ORG: #1e4d78;
    --nl-color-GPE: #3a6c31;
    --nl-color-LOC: #334e00;
    --nl-color-FAC: #6c3414;
    --nl-color-EVENT: #6f1f27;
    --nl-color-PRODUCT: #40615f;
    --nl-color-WORK_OF_ART: #493000;
    --nl-color-LAW: #473828;
    --nl-color-DATE: #363d81;
    --nl-color-TIME: #4d3662;
    --nl-color-MONEY: #104a29;
    --nl-color-PERCENT: #006857;
    --nl-color-QUANTITY: #434b29;
    --nl-color-CARDINAL: #003a4f;
    --nl-color-ORDINAL: #003f3b;
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
.language-note { margin: 0 0 0.6rem; padding: 0.45rem 0.75rem; border-left: 4px solid var(--nl-note);
  background: color-mix(in srgb, var(--nl-note) 14%, transparent); }
.language-note[hidden] { display: none; }
.stats { color: var(--nl-muted); font-size: 0.9em; margin: 0.2rem 0 0.5rem; }
.stats:empty { display: none; }
.nl-counts { color: var(--nl-fg); }
.nl-timing { font-size: 0.9em; }
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
/* displaCy-style inline type labels (the type-labels attribute); generated content,
   so the text part's textContent stays exactly the article. */
:host([type-labels]) mark.nl-mention::after {
  content: attr(data-label) / ""; font-size: 0.62em; font-weight: 600; letter-spacing: 0.03em;
  text-transform: uppercase; vertical-align: 0.15em; margin-inline-start: 0.35em; padding: 0 0.25em;
  border-radius: 3px; color: var(--nl-fg); background: color-mix(in srgb, var(--nl-bg-solid, Canvas) 70%, transparent);
}
mark.nl-mention[data-role="source"] { background: transparent; box-shadow: inset 0 -2px 0 var(--nl-type-color, var(--nl-color-ORG)); }
/* Quotes in the text: speech underlined, quoted terms dotted. */
.nl-quoted { text-decoration: underline 2px var(--nl-quote); text-underline-offset: 0.28em; text-decoration-skip-ink: none; }
.nl-quoted[data-kind="term"] { text-decoration: underline dotted 2px var(--nl-term); }
.nl-quoted.nl-flash { background: var(--nl-flash); border-radius: 3px; }
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
.text[data-hidden~="ORDINAL"] mark[data-type="ORDINAL"] { background: transparent; outline: none; box-shadow: none; }
.text[data-hidden~="PERSON"] mark[data-type="PERSON"]::after, .text[data-hidden~="NORP"] mark[data-type="NORP"]::after,
.text[data-hidden~="ORG"] mark[data-type="ORG"]::after, .text[data-hidden~="GPE"] mark[data-type="GPE"]::after,
.text[data-hidden~="LOC"] mark[data-type="LOC"]::after, .text[data-hidden~="FAC"] mark[data-type="FAC"]::after,
.text[data-hidden~="EVENT"] mark[data-type="EVENT"]::after, .text[data-hidden~="PRODUCT"] mark[data-type="PRODUCT"]::after,
.text[data-hidden~="WORK_OF_ART"] mark[data-type="WORK_OF_ART"]::after, .text[data-hidden~="LAW"] mark[data-type="LAW"]::after,
.text[data-hidden~="DATE"] mark[data-type="DATE"]::after, .text[data-hidden~="TIME"] mark[data-type="TIME"]::after,
.text[data-hidden~="MONEY"] mark[data-type="MONEY"]::after, .text[data-hidden~="PERCENT"] mark[data-type="PERCENT"]::after,
.text[data-hidden~="QUANTITY"] mark[data-type="QUANTITY"]::after, .text[data-hidden~="CARDINAL"] mark[data-type="CARDINAL"]::after,
.text[data-hidden~="ORDINAL"] mark[data-type="ORDINAL"]::after { content: none; }
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
/* Mention count and aliases: revealed on hover, focus, or when its mentions are marked. */
.nl-entity-detail { display: none; grid-column: 2 / 4; font-size: 0.8em; color: var(--nl-muted); overflow-wrap: anywhere; }
.nl-entity:hover .nl-entity-detail, .nl-entity:focus .nl-entity-detail, .nl-entity.nl-active .nl-entity-detail,
.nl-entity[aria-selected="true"] .nl-entity-detail { display: block; }
.nl-entity.nl-flash { animation: none; background: var(--nl-flash); }
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
.nl-key-point-button:focus-visible, .nl-key-point-expand:focus-visible, .nl-quote-button:focus-visible,
.nl-quote-speaker:focus-visible { outline: 2px solid var(--nl-accent); }
.nl-refers { display: block; font-size: 0.82em; color: var(--nl-muted); padding: 0 0.25rem; }
.nl-key-point-expand, .nl-quote-button, button.nl-quote-speaker {
  font: inherit; color: var(--nl-accent); background: transparent; border: 0; padding: 0 0.25rem; cursor: pointer;
  text-align: start; border-radius: var(--nl-radius);
}
.nl-key-point-expand { font-size: 0.82em; }
.nl-key-point-full { margin: 0.2rem 0.25rem 0.3rem; font-size: 0.9em; color: var(--nl-muted); }
.quotes { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 0.4rem; font-size: 0.92em; }
.nl-quote { border-inline-start: 3px solid var(--nl-quote); padding-inline-start: 0.5rem; }
.nl-quote-button { color: inherit; padding: 0; }
.nl-quote-button:hover q { text-decoration: underline 2px var(--nl-quote); }
.nl-quote-speaker { color: var(--nl-muted); }
button.nl-quote-speaker { color: var(--nl-accent); padding: 0; text-decoration: underline; }
.nl-quote-speaker.nl-unnamed { font-style: italic; }
.terms { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; font-size: 0.85em; }
.nl-term { border: 1px dotted var(--nl-term); border-radius: 999px; padding: 0 0.5rem; }
.nl-more { color: var(--nl-muted); font-size: 0.85em; list-style: none; }
.panel { contain: layout style; }
.keywords { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; }
.nl-keyword { border: 1px solid var(--nl-border); border-radius: 999px; padding: 0 0.5rem; font-size: 0.85em; }
/* Print: the whole article (no scroll box), highlights in colour, the panel after it. */
@media print {
  .layout { display: block; }
  .text { max-height: none; overflow: visible; border: 0; padding: 0; }
  .nl-page { content-visibility: visible; }
  mark.nl-mention, .nl-swatch, .nl-salience-fill { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .entities { display: block; max-height: none; overflow: visible; columns: 2 14rem; column-gap: 1.5rem; }
  .nl-entity-group { break-inside: avoid; margin-bottom: 0.4rem; }
  .panel { margin-top: 1rem; break-before: auto; }
  .panel section { break-inside: avoid-page; }
  .status, .nl-key-point-expand, .nl-salience { display: none; }
  .nl-legend-item { border: 0; padding: 0 0.4rem 0 0; cursor: auto; }
  .nl-legend-item[aria-pressed="false"] { display: none; }
  .nl-key-point-full[hidden] { display: none; }
  .nl-entity-detail { display: block; }
}
`;
