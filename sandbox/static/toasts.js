/* The react-toastify region "Notifications Alt+T" (templates/base.html): `Toasts.show(message)` adds a toast whose
 * body has role=alert (react-toastify's default), `Toasts.clear()` removes them; each toast's "close" button
 * removes it.
 */
(() => {
  "use strict";
  const region = document.querySelector('section[aria-label="Notifications Alt+T"]');
  if (!region) return;

  function closeOn(toast) {
    whenWired(() => toast.querySelector("button").addEventListener("click", () => toast.remove()));
  }

  window.Toasts = {
    show(message) {
      const toast = document.createElement("div");
      toast.className = "toast";
      const body = document.createElement("div");
      body.className = "toast-body";
      body.setAttribute("role", "alert");
      body.textContent = message;
      const close = document.createElement("button");
      close.type = "button";
      close.className = "toast-close";
      close.setAttribute("aria-label", "close");
      close.textContent = "×";
      toast.append(body, close);
      region.replaceChildren(toast);
      close.addEventListener("click", () => toast.remove());
    },
    clear() {
      region.replaceChildren();
    },
  };
  region.querySelectorAll(".toast").forEach(closeOn);
})();
