package com.perflab.mall.member.sso;

/** The input rules of the sso endpoints, shared by their request records. */
final class Inputs {

    static final String TELEPHONE = "^1\\d{10}$";
    static final String TELEPHONE_MESSAGE = "must be an 11-digit mobile number starting with 1";

    static final String USERNAME = "^[\\p{IsHan}A-Za-z0-9_]{3,32}$";
    static final String USERNAME_MESSAGE = "must be 3-32 letters, digits, underscores or Chinese characters";

    /** Printable ASCII keeps every password within BCrypt's 72-byte input limit. */
    static final String PASSWORD = "^[\\x20-\\x7E]{6,64}$";
    static final String PASSWORD_MESSAGE = "must be 6-64 printable ASCII characters";

    static final String AUTH_CODE = "^\\d{6}$";
    static final String AUTH_CODE_MESSAGE = "must be 6 digits";

    private Inputs() {
    }
}
