/* The footer of a portal list (templates/portal/_list_footer.html): a new page size reloads the list from its
 * first page; "‹ Trước" and "Sau ›" open the neighbouring page.
 */
(() => {
  "use strict";
  document.querySelectorAll(".list-footer").forEach((footer) => {
    const size = footer.querySelector("select");
    whenWired(() => {
      size.addEventListener("change", () => size.form.submit());
      footer.querySelectorAll("button[data-href]").forEach((button) => {
        button.addEventListener("click", () => window.location.assign(button.dataset.href));
      });
    });
  });
})();
