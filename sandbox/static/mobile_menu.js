/* The drawer of narrow screens (templates/partials/mobile_menu.html): its toggle opens and closes it. */
(() => {
  "use strict";
  const toggle = document.querySelector("[data-mobile-menu-toggle]");
  const drawer = document.querySelector("[data-mobile-menu]");
  if (!toggle || !drawer) return;
  whenWired(() => toggle.addEventListener("click", () => drawer.classList.toggle("is-open")));
})();
