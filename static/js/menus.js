// Progressive enhancement for the Translate menu, a native <details> disclosure that
// works without this file: Escape closes it and puts focus back on its button, and a
// click or focus outside it closes it.
(function () {
  "use strict";
  var menus = document.querySelectorAll("details.lang-menu");
  if (!menus.length) return;

  function closeAll(except) {
    menus.forEach(function (menu) {
      if (menu !== except) menu.open = false;
    });
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    menus.forEach(function (menu) {
      if (!menu.open) return;
      menu.open = false;
      menu.querySelector("summary").focus();
    });
  });

  document.addEventListener("click", function (event) {
    closeAll(event.target.closest ? event.target.closest("details.lang-menu") : null);
  });

  document.addEventListener("focusin", function (event) {
    closeAll(event.target.closest ? event.target.closest("details.lang-menu") : null);
  });
})();
