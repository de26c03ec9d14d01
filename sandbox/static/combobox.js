/* A select-only combobox, for any page of the sandbox: the e-forms' ARIA combobox (a labelled role=combobox
 * button, templates/portal/combobox.html) and the agency panel's pickers in the real portal's markup (a button
 * with aria-haspopup=listbox and no name but its text, templates/portal/_agency_panel.html).
 *
 * Markup:
 *   <div data-combobox="NAME">
 *     [<span id="NAME-label">Label</span>]
 *     <button type="button" [role="combobox" aria-labelledby="NAME-label" aria-controls="NAME-listbox"]
 *             aria-haspopup="listbox" aria-expanded="false" data-placeholder="-- Chọn --">
 *       [<span data-combobox-text>]…[</span>]
 *     </button>
 *     <ul role="listbox" [id="NAME-listbox"] hidden>
 *       <li role="option" [id="NAME-listbox-1"] data-value="…" aria-selected="false">…</li>
 *     </ul>
 *     <input type="hidden" name="NAME">
 *   </div>
 *
 * Focus stays on the button; the highlighted option is its aria-activedescendant (when options have ids).
 * Keys: ↓ ↑ Enter Space open; ↓ ↑ Home End PageUp PageDown move; Enter, Space or Tab choose; Escape closes;
 * typed letters (with or without diacritics) jump to the next option starting with them.
 * A choice sets the hidden input and fires "combobox:change" ({value, label}) on the root.
 * Script API: Combobox.of(root) → .value, .setOptions([{value, label}]), .setLabel(label, placeholder),
 * .enable(on), .setInvalid(on, describedById), .focus(). The user's events are attached through whenWired
 * (static/wiring.js): late on a late-wired sandbox, as on a React page that hydrates late.
 */
(() => {
  "use strict";
  const instances = new WeakMap();
  const PAGE = 10;
  const TYPE_AHEAD_MS = 700;
  const fold = (text) => text.trim().toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/[\u0300-\u036f]/g, "");

  class Combobox {
    static of(root) {
      return instances.get(root) || new Combobox(root);
    }

    constructor(root) {
      this.root = root;
      this.button = root.querySelector('button[aria-haspopup="listbox"]');
      this.text = this.button.querySelector("[data-combobox-text]") || this.button;
      this.listbox = root.querySelector('[role="listbox"]');
      this.input = root.querySelector('input[type="hidden"]');
      this.label = document.getElementById(this.button.getAttribute("aria-labelledby"));
      this.active = -1;
      this.typed = "";
      this.typedAt = 0;
      instances.set(root, this);
      (window.whenWired || ((wire) => wire()))(() => this.wire());
    }

    wire() {
      this.button.addEventListener("click", () => (this.isOpen ? this.close() : this.open()));
      this.button.addEventListener("keydown", (event) => this.onKeyDown(event));
      // Space would click the button again on key-up and close what key-down just opened.
      this.button.addEventListener("keyup", (event) => event.key === " " && event.preventDefault());
      this.button.addEventListener("blur", () => this.close());
      // Keep focus on the button while an option is clicked.
      this.listbox.addEventListener("mousedown", (event) => event.preventDefault());
      this.listbox.addEventListener("click", (event) => {
        const option = event.target.closest('[role="option"]');
        if (option) {
          this.choose(this.options.indexOf(option));
          this.close();
        }
      });
    }

    get options() {
      return Array.from(this.listbox.querySelectorAll('[role="option"]'));
    }

    get isOpen() {
      return this.button.getAttribute("aria-expanded") === "true";
    }

    get value() {
      return this.input.value;
    }

    open(index) {
      if (this.button.disabled) return;
      this.listbox.hidden = false;
      this.button.setAttribute("aria-expanded", "true");
      const selected = this.options.findIndex((option) => option.getAttribute("aria-selected") === "true");
      this.highlight(index ?? Math.max(selected, 0));
    }

    close() {
      this.listbox.hidden = true;
      this.button.setAttribute("aria-expanded", "false");
      this.highlight(-1);
    }

    highlight(index) {
      const options = this.options;
      options.forEach((option) => option.classList.remove("is-active"));
      this.active = index >= 0 && index < options.length ? index : -1;
      if (this.active < 0) {
        this.button.removeAttribute("aria-activedescendant");
        return;
      }
      const option = options[this.active];
      option.classList.add("is-active");
      if (option.id) this.button.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    }

    choose(index) {
      const option = this.options[index];
      if (!option) return;
      this.options.forEach((other) => other.setAttribute("aria-selected", String(other === option)));
      this.input.value = option.dataset.value;
      this.text.textContent = option.textContent;
      this.root.dispatchEvent(new CustomEvent("combobox:change", {
        bubbles: true,
        detail: { value: option.dataset.value, label: option.textContent },
      }));
    }

    setOptions(items) {
      this.listbox.replaceChildren(...items.map((item, index) => {
        const option = document.createElement("li");
        option.setAttribute("role", "option");
        if (this.listbox.id) option.id = `${this.listbox.id}-${index + 1}`;
        option.dataset.value = item.value;
        option.setAttribute("aria-selected", "false");
        option.textContent = item.label;
        return option;
      }));
      this.input.value = "";
      this.text.textContent = this.button.dataset.placeholder;
      this.close();
    }

    setLabel(label, placeholder) {
      if (this.label) this.label.textContent = label;
      this.button.dataset.placeholder = placeholder;
      if (!this.value) this.text.textContent = placeholder;
    }

    enable(on) {
      this.button.disabled = !on;
      if (!on) this.close();
    }

    setInvalid(on, describedById) {
      if (on) {
        this.button.setAttribute("aria-invalid", "true");
        this.button.setAttribute("aria-describedby", describedById);
      } else {
        this.button.removeAttribute("aria-invalid");
        this.button.removeAttribute("aria-describedby");
      }
    }

    focus() {
      this.button.focus();
    }

    onKeyDown(event) {
      const last = this.options.length - 1;
      const open = this.isOpen;
      switch (event.key) {
        case "ArrowDown":
          open ? this.highlight(Math.min(this.active + 1, last)) : this.open();
          break;
        case "ArrowUp":
          open ? this.highlight(Math.max(this.active - 1, 0)) : this.open();
          break;
        case "Home":
          open ? this.highlight(0) : this.open(0);
          break;
        case "End":
          open ? this.highlight(last) : this.open(last);
          break;
        case "PageDown":
          if (!open) return;
          this.highlight(Math.min(this.active + PAGE, last));
          break;
        case "PageUp":
          if (!open) return;
          this.highlight(Math.max(this.active - PAGE, 0));
          break;
        case "Enter":
        case " ":
          if (!open) {
            this.open();
            break;
          }
          this.choose(this.active);
          this.close();
          break;
        case "Escape":
          if (!open) return;
          this.close();
          break;
        case "Tab":
          if (open) {
            this.choose(this.active);
            this.close();
          }
          return;
        default:
          if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
          this.typeAhead(event.key);
      }
      event.preventDefault();
    }

    typeAhead(char) {
      const now = Date.now();
      this.typed = (now - this.typedAt > TYPE_AHEAD_MS ? "" : this.typed) + fold(char);
      this.typedAt = now;
      if (!this.isOpen) this.open();
      const options = this.options;
      const start = this.typed.length === 1 ? this.active + 1 : Math.max(this.active, 0);
      for (let step = 0; step < options.length; step += 1) {
        const index = (start + step) % options.length;
        if (fold(options[index].textContent).startsWith(this.typed)) {
          this.highlight(index);
          return;
        }
      }
    }
  }

  window.Combobox = Combobox;
  document.querySelectorAll("[data-combobox]").forEach((root) => Combobox.of(root));
})();
