// The header's user menu: a menu button (WAI-ARIA APG pattern) opened by click, Enter, Space or arrow keys.
(function () {
  const button = document.getElementById("user-menu-button");
  const menu = document.getElementById("user-menu-list");
  if (!button || !menu) return;
  const items = () => Array.from(menu.querySelectorAll("[role=menuitem]"));

  function open(focusIndex) {
    menu.hidden = false;
    button.setAttribute("aria-expanded", "true");
    const list = items();
    if (focusIndex !== undefined && list.length) list[(focusIndex + list.length) % list.length].focus();
  }

  function close(returnFocus) {
    menu.hidden = true;
    button.setAttribute("aria-expanded", "false");
    if (returnFocus) button.focus();
  }

  button.addEventListener("click", () => (menu.hidden ? open() : close(false)));
  button.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "Enter" || event.key === " ") { event.preventDefault(); open(0); }
    if (event.key === "ArrowUp") { event.preventDefault(); open(-1); }
  });
  menu.addEventListener("keydown", (event) => {
    const list = items();
    const index = list.indexOf(document.activeElement);
    if (event.key === "Escape") { event.preventDefault(); close(true); }
    if (event.key === "ArrowDown") { event.preventDefault(); list[(index + 1) % list.length].focus(); }
    if (event.key === "ArrowUp") { event.preventDefault(); list[(index - 1 + list.length) % list.length].focus(); }
    if (event.key === "Tab") close(false);
  });
  document.addEventListener("click", (event) => {
    if (!menu.hidden && !menu.contains(event.target) && event.target !== button) close(false);
  });
})();
