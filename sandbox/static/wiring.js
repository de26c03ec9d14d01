/* When a portal page's scripts attach their handlers: `whenWired(wire)` runs `wire` once the page is shown, or,
 * with the sandbox's late-wiring test aid on (SandboxSettings.late_wiring_ms, docs/sandbox-faults.md), that many
 * milliseconds later, as a React page that hydrates late does. Until then a click does nothing.
 */
(() => {
  "use strict";
  const setting = document.querySelector('meta[name="sandbox-late-wiring-ms"]');
  const delay = setting ? Number(setting.content) || 0 : 0;
  const shown = new Promise((resolve) => {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", resolve, { once: true });
    else resolve();
  });
  window.whenWired = (wire) => {
    if (!delay) {
      wire();
      return;
    }
    shown.then(() => setTimeout(wire, delay));
  };
})();
