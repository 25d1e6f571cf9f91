package com.perflab.mall.deploy;

/** Splits image references: [registry[:port]/]path[:tag][@digest]. */
final class Images {

    private Images() {
    }

    /** The reference without tag and digest. */
    static String name(String ref) {
        String r = ref.contains("@") ? ref.substring(0, ref.indexOf('@')) : ref;
        int colon = r.lastIndexOf(':');
        return colon > r.lastIndexOf('/') ? r.substring(0, colon) : r;
    }

    /** The tag, or null when there is none. */
    static String tag(String ref) {
        String r = ref.contains("@") ? ref.substring(0, ref.indexOf('@')) : ref;
        int colon = r.lastIndexOf(':');
        return colon > r.lastIndexOf('/') ? r.substring(colon + 1) : null;
    }

    /** Pinned: a digest, or a tag that is not latest and names a version (has a digit). */
    static boolean pinned(String ref) {
        if (ref.contains("@sha256:")) {
            return true;
        }
        String tag = tag(ref);
        return tag != null && !tag.equals("latest") && tag.matches(".*\\d.*");
    }
}
