// The kubeconfig size limit, apart from the parser: the browser's cluster form checks it too, and
// importing it must not pull the parser (and the check-text catalogues it says problems with) into
// the page's JavaScript.

/** Pasted or uploaded kubeconfigs above this size are refused (413) before parsing. */
export const MAX_KUBECONFIG_BYTES = 256 * 1024;
