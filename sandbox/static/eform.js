/* The e-form "Kê khai thông tin" (templates/portal/declaration.html), on top of combobox.js:
 *  - a date field (data-date-mask) keeps its digits and writes the slashes: "15032026" → "15/03/2026";
 *  - a Phường/Xã/Đặc khu combobox (inside [data-ward-of="<province field>"]) loads the wards of the province
 *    chosen in its Tỉnh/Thành phố combobox, and stays disabled until they are there;
 *  - Enter in a text field means "Lưu và nộp hồ sơ" ([data-default-submit]), not the first "Xóa" of the
 *    uploaded files, which the browser's implicit submission would press.
 */
(() => {
  "use strict";
  const form = document.querySelector("form[data-eform]");
  if (!form) return;

  function maskDate(input) {
    const digits = input.value.replace(/\D/g, "").slice(0, 8);
    const parts = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)].filter(Boolean);
    input.value = parts.join("/");
  }
  form.querySelectorAll("[data-date-mask]").forEach((input) => {
    input.addEventListener("input", () => maskDate(input));
  });

  form.querySelectorAll("[data-ward-of]").forEach((holder) => {
    const ward = Combobox.of(holder.querySelector("[data-combobox]"));
    const province = form.querySelector(`[data-combobox="${holder.dataset.wardOf}"]`);
    let request = 0;
    province.addEventListener("combobox:change", async (event) => {
      const mine = ++request;
      ward.setOptions([]);
      ward.enable(false);
      const response = await fetch(`/don-vi-hanh-chinh/${encodeURIComponent(event.detail.value)}/phuong-xa`);
      const body = await response.json();
      if (mine !== request) return;
      ward.setOptions(body.items);
      ward.enable(true);
    });
  });

  const submit = form.querySelector("[data-default-submit]");
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target.matches("input[type=text]")) {
      event.preventDefault();
      form.requestSubmit(submit);
    }
  });
})();
