package com.perflab.mall.admin.account;

import com.perflab.mall.common.access.AccessChanged;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.Bcrypt;
import com.perflab.mall.common.auth.JwtTokens;
import com.perflab.mall.common.auth.LoginAttempts;
import com.perflab.mall.common.auth.TokenRevocations;
import com.perflab.mall.common.auth.UserType;
import com.perflab.mall.common.auth.TokenReply;
import com.perflab.mall.common.metrics.BusinessMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Admin login, profile, accounts and their roles. */
@Service
class AdminAccountService {

    /** One message for an unknown user and a wrong password, so login does not reveal which names exist. */
    static final String BAD_CREDENTIALS = "用户名或密码错误";

    private final AdminMapper admins;
    private final BCryptPasswordEncoder passwords;
    private final int bcryptStrength;
    private final JwtTokens tokens;
    private final ApplicationEventPublisher events;
    private final LoginAttempts attempts;
    private final TransactionTemplate transactions;
    /** Checked against for unknown usernames, so they cost the same time as a wrong password. */
    private final String dummyHash;
    private final Counter loginsSucceeded;
    private final Counter loginsFailed;

    AdminAccountService(AdminMapper admins, BCryptPasswordEncoder passwords, AccountProperties properties,
                        JwtTokens tokens, ApplicationEventPublisher events, LoginAttempts attempts,
                        TransactionTemplate transactions, MeterRegistry meters) {
        this.admins = admins;
        this.attempts = attempts;
        this.transactions = transactions;
        this.passwords = passwords;
        this.bcryptStrength = properties.bcryptStrength();
        this.tokens = tokens;
        this.events = events;
        this.dummyHash = passwords.encode("perflab-admin-timing-equaliser");
        this.loginsSucceeded = BusinessMetrics.logins(meters, "admin", true);
        this.loginsFailed = BusinessMetrics.logins(meters, "admin", false);
    }

    /**
     * No transaction on purpose: it would hold a pooled connection through the BCrypt check; the
     * statements after it are independent and each is atomic on its own.
     */
    TokenReply login(LoginRequest request, ClientInfo client) {
        try {
            TokenReply reply = checkAndIssue(request, client);
            loginsSucceeded.increment();
            return reply;
        } catch (ApiException refused) {
            loginsFailed.increment();
            throw refused;
        }
    }

    private TokenReply checkAndIssue(LoginRequest request, ClientInfo client) {
        AdminCredentials admin = admins.findCredentials(request.username());
        String account = LoginAttempts.accountOf(admin == null ? null : admin.id(), request.username());
        // before the BCrypt work, so a locked account costs no CPU; unknown names are counted alike
        attempts.checkNotLocked(account);
        if (admin == null) {
            passwordMatches(request.password(), dummyHash);
            attempts.failed(account);
            throw new ApiException(ErrorCode.UNAUTHORIZED, BAD_CREDENTIALS);
        }
        if (!passwordMatches(request.password(), admin.password())) {
            attempts.failed(account);
            throw new ApiException(ErrorCode.UNAUTHORIZED, BAD_CREDENTIALS);
        }
        // again: concurrent guesses may have reached the limit meanwhile, and a lock hides even a right one
        attempts.checkNotLocked(account);
        // only after the password check, so the status of an account is not revealed to guessers
        if (!admin.enabled()) {
            throw ApiException.forbidden("账号已被禁用");
        }
        attempts.succeeded(account);
        // as for members: mall.admin.bcrypt-strength reaches existing admins
        Bcrypt.followCost(bcryptStrength, admin.password(), () -> passwords.encode(request.password()),
                hash -> admins.updatePassword(admin.id(), admin.password(), hash), "admin " + admin.id());
        LocalDateTime now = LocalDateTime.now();
        admins.updateLoginTime(admin.id(), now);
        admins.insertLoginLog(admin.id(), now, client.ip(), client.userAgent());
        // the roles in the token are informational (UI, logs); each request is authorised from the database
        String token = tokens.issue(AuthenticatedUser.admin(admin.id(), admin.username(),
                admins.findRoleNames(admin.id())));
        return new TokenReply(token, tokens.tokenHead());
    }

    AdminInfo info(long adminId) {
        AdminView admin = view(adminId);
        return new AdminInfo(admin.username(), admin.nickName(), admin.icon(), admins.findRoleNames(adminId),
                admins.findMenus(adminId));
    }

    PageResult<AdminView> list(String keyword, PageQuery page) {
        String filter = keyword == null || keyword.isBlank() ? null : keyword.trim();
        long total = admins.count(filter);
        if (total == 0) {
            return PageResult.empty(page);
        }
        return PageResult.of(page, total, admins.page(filter, page.offset(), page.pageSize()));
    }

    AdminView view(long id) {
        AdminView admin = admins.findView(id);
        if (admin == null) {
            throw ApiException.notFound("管理员不存在");
        }
        return admin;
    }

    @Transactional
    AdminView register(AdminRequest request) {
        if (admins.usernameTaken(request.username(), 0)) {
            throw ApiException.conflict("用户名已存在");
        }
        try {
            admins.insert(request, passwords.encode(request.password()), LocalDateTime.now());
        } catch (DuplicateKeyException raced) {
            throw ApiException.conflict("用户名已存在");
        }
        return view(admins.lastInsertId());
    }

    @Transactional
    AdminView update(long id, AdminUpdateRequest request) {
        if (admins.usernameTaken(request.username(), id)) {
            throw ApiException.conflict("用户名已存在");
        }
        try {
            if (admins.update(id, request) == 0) {
                throw ApiException.notFound("管理员不存在");
            }
        } catch (DuplicateKeyException raced) {
            throw ApiException.conflict("用户名已存在");
        }
        return view(id);
    }

    @Transactional
    void updateStatus(long callerId, long id, int status) {
        if (callerId == id && status == 0) {
            throw ApiException.conflict("不能禁用自己的账号");
        }
        if (admins.updateStatus(id, status) == 0) {
            throw ApiException.notFound("管理员不存在");
        }
        if (status == 0) {
            revoke(id, TokenRevocations.DISABLED);
        }
        events.publishEvent(new AccessChanged("status of admin " + id));
    }

    @Transactional
    void delete(long callerId, long id) {
        if (callerId == id) {
            throw ApiException.conflict("不能删除自己的账号");
        }
        admins.deleteRoles(id);
        if (admins.delete(id) == 0) {
            throw ApiException.notFound("管理员不存在");
        }
        admins.recountRoleAdmins();
        revoke(id, TokenRevocations.DELETED);
        events.publishEvent(new AccessChanged("admin " + id + " deleted"));
    }

    /** Replaces the admin's roles with the given ones (none clears them). */
    @Transactional
    void assignRoles(long adminId, List<Long> roleIds) {
        if (admins.findView(adminId) == null) {
            throw ApiException.notFound("管理员不存在");
        }
        List<Long> distinct = roleIds.stream().distinct().toList();
        if (!distinct.isEmpty() && admins.countRoles(distinct) != distinct.size()) {
            throw ApiException.badRequest("roleIds: 含有不存在的角色");
        }
        admins.deleteRoles(adminId);
        if (!distinct.isEmpty()) {
            admins.insertRoles(adminId, distinct);
        }
        admins.recountRoleAdmins();
        events.publishEvent(new AccessChanged("roles of admin " + adminId));
    }

    List<AdminRole> roles(long adminId) {
        view(adminId);
        return admins.findRoles(adminId);
    }

    /**
     * The caller's own password; every token of the admin ends with it (a new login follows). No transaction
     * around the BCrypt work; the update is conditional on the hash that was checked, and it commits
     * together with the revocation.
     */
    void changePassword(long adminId, PasswordChangeRequest request) {
        AdminCredentials admin = admins.findCredentialsById(adminId);
        if (admin == null) {
            throw ApiException.notFound("管理员不存在");
        }
        if (!passwordMatches(request.oldPassword(), admin.password())) {
            throw ApiException.badRequest("oldPassword: 旧密码错误");
        }
        String newHash = passwords.encode(request.newPassword());
        transactions.executeWithoutResult(status -> {
            if (admins.updatePassword(adminId, admin.password(), newHash) == 0) {
                throw ApiException.conflict("密码已被修改，请重试");
            }
            revoke(adminId, TokenRevocations.PASSWORD);
        });
    }

    /** Ends every token of the admin (on every device): the gateway refuses them within seconds. */
    void logout(long adminId) {
        revoke(adminId, TokenRevocations.LOGOUT);
    }

    /** Written last in the caller's transaction, so the gateway's re-read of recent rows sees it at once. */
    private void revoke(long adminId, String reason) {
        admins.revokeTokens(UserType.ADMIN.name(), adminId, System.currentTimeMillis(), reason);
    }

    private boolean passwordMatches(String raw, String hash) {
        return !Bcrypt.tooLong(raw) && passwords.matches(raw, hash);
    }
}
