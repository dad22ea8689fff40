// The entity panel's behaviour: a listbox with roving tabindex (one tab stop; arrows,
// Home and End move it; Enter or Space selects; Escape clears), hover and focus that
// mark every mention of the entity in the text, and the type filter. render.js draws
// the options; this keeps their state.

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** @param {EventTarget | null} target @param {string} selector @returns {HTMLElement | null} */
export function closest(target, selector) {
  return target instanceof Element ? /** @type {HTMLElement | null} */ (target.closest(selector)) : null;
}

export class EntityListbox {
  /** @type {HTMLElement} */ #listbox;
  /** @type {(id: number | null) => HTMLElement[]} */ #marksOf;
  /** @type {HTMLElement[]} */ #options = [];
  /** @type {number | null} */ #selected = null;
  /** @type {number | null} */ #active = null;

  /**
   * Wires `listbox` (the entities part). `marksOf(id)` returns the mention marks of
   * entity `id` in the text as rendered now.
   * @param {HTMLElement} listbox
   * @param {(id: number | null) => HTMLElement[]} marksOf
   */
  constructor(listbox, marksOf) {
    this.#listbox = listbox;
    this.#marksOf = marksOf;
    const optionOf = (/** @type {Event} */ event) => closest(event.target, '.nl-entity');
    listbox.addEventListener('keydown', (event) => this.#onKey(event));
    listbox.addEventListener('click', (event) => {
      const option = optionOf(event);
      if (option) this.focusOption(option, { select: true });
    });
    listbox.addEventListener('pointerover', (event) => this.#hover(optionOf(event)));
    listbox.addEventListener('pointerleave', () => this.#hover(null));
    listbox.addEventListener('focusin', (event) => this.#hover(optionOf(event)));
    listbox.addEventListener('focusout', () => this.#hover(null));
  }

  /** The entity selected now, or null. */
  get selected() { return this.#selected; }

  /** Takes the freshly rendered `options`; nothing is selected or active after it. */
  reset(options) {
    this.#options = options;
    this.#selected = null;
    this.#active = null;
  }

  /** Selects entity `id` (marks all its mentions, scrolls to the first); the selected id again, or null, clears. */
  select(id) {
    const next = id === null || id === undefined || id === this.#selected ? null : Number(id);
    for (const mark of this.#marksOf(this.#selected)) mark.classList.remove('nl-selected');
    for (const option of this.#options) option.setAttribute('aria-selected', String(Number(option.dataset.entity) === next));
    this.#selected = next;
    const marks = this.#marksOf(next);
    for (const mark of marks) mark.classList.add('nl-selected');
    marks[0]?.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  /** The option of entity `id`, or null when it is not listed (hidden type, past the list's limit). */
  optionOf(id) {
    return this.#options.find((option) => Number(option.dataset.entity) === Number(id)) ?? null;
  }

  /** Makes `option` the tab stop and focuses it; with `select`, also selects its entity. */
  focusOption(option, { select = false } = {}) {
    for (const o of this.#options) o.tabIndex = -1;
    option.tabIndex = 0;
    option.focus({ preventScroll: select }); // a click is where the pointer already is
    if (select) this.select(Number(option.dataset.entity));
  }

  /** Marks every mention of entity `id` as active (hover or focus in the panel or the text); null clears. */
  activate(id) {
    if (id === this.#active) return;
    for (const mark of this.#marksOf(this.#active)) mark.classList.remove('nl-active');
    for (const option of this.#options) option.classList.toggle('nl-active', Number(option.dataset.entity) === id);
    this.#active = id;
    for (const mark of this.#marksOf(id)) mark.classList.add('nl-active');
  }

  /** Hides the groups of the `hidden` types and keeps one visible option as the tab stop. */
  applyFilter(hidden) {
    for (const group of this.#listbox.querySelectorAll('.nl-entity-group')) {
      /** @type {HTMLElement} */ (group).hidden = hidden.has(/** @type {HTMLElement} */ (group).dataset.type ?? '');
    }
    const visible = this.#visible();
    if (visible.length && !visible.some((o) => o.tabIndex === 0)) {
      for (const o of this.#options) o.tabIndex = -1;
      visible[0].tabIndex = 0;
    }
  }

  #visible() {
    return this.#options.filter((option) => !option.parentElement?.hidden);
  }

  #hover(option) {
    this.activate(option ? Number(option.dataset.entity) : null);
  }

  /** @param {KeyboardEvent} event */
  #onKey(event) {
    const options = this.#visible();
    const current = options.indexOf(/** @type {HTMLElement} */ (closest(event.target, '.nl-entity')));
    let next;
    switch (event.key) {
      case 'ArrowDown': case 'ArrowRight': next = Math.min(options.length - 1, current + 1); break;
      case 'ArrowUp': case 'ArrowLeft': next = Math.max(0, current - 1); break;
      case 'Home': next = 0; break;
      case 'End': next = options.length - 1; break;
      case 'Enter': case ' ':
        if (current >= 0) this.select(Number(options[current].dataset.entity));
        event.preventDefault();
        return;
      case 'Escape':
        if (this.#selected !== null) {
          this.select(null);
          event.preventDefault();
        }
        return;
      default: return;
    }
    event.preventDefault();
    if (next >= 0 && options[next]) this.focusOption(options[next]);
  }
}
