// Loaded before Decap CMS: it waits to start until guidance-cms.js has mended its backends and widgets, which must
// happen before Decap reads its config and makes its backend (Decap starts itself as soon as it is loaded otherwise).
window.CMS_MANUAL_INIT = true;
