/* The citizen's menu in the header (templates/partials/user_menu.html): the name opens and closes the list of
 * Thông tin cá nhân / Dịch vụ công của tôi / Đăng xuất; Escape or a click elsewhere closes it.
 */
(() => {
  "use strict";
  const holder = document.querySelector("[data-user-menu]");
  if (!holder) return;
  const button = holder.querySelector("button[aria-haspopup]");
  const list = holder.querySelector(".user-menu-list");

  function show(open) {
    list.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
  }

  whenWired(() => {
    button.addEventListener("click", () => show(list.hidden));
    holder.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !list.hidden) {
        show(false);
        button.focus();
      }
    });
    document.addEventListener("click", (event) => {
      if (!list.hidden && !holder.contains(event.target)) show(false);
    });
  });
})();
