package com.perflab.mall.admin.account;

/** The input rules of admin accounts, shared by their request records. */
final class Inputs {

    static final String USERNAME = "^[\\p{IsHan}A-Za-z0-9_]{3,32}$";
    static final String USERNAME_MESSAGE = "must be 3-32 letters, digits, underscores or Chinese characters";

    /** Printable ASCII keeps every password within BCrypt's 72-byte input limit. */
    static final String PASSWORD = "^[\\x20-\\x7E]{6,64}$";
    static final String PASSWORD_MESSAGE = "must be 6-64 printable ASCII characters";

    private Inputs() {
    }
}
