/** The largest file a browser may upload to the bridge (a 300-page colour scan is well below it). */
export const MAX_UPLOAD_BYTES = 1024 ** 3
