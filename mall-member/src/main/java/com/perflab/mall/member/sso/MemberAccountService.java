package com.perflab.mall.member.sso;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.Bcrypt;
import com.perflab.mall.common.auth.JwtTokens;
import com.perflab.mall.common.auth.LoginAttempts;
import com.perflab.mall.common.auth.TokenReply;
import com.perflab.mall.common.auth.TokenRevocations;
import com.perflab.mall.common.auth.UserType;
import com.perflab.mall.common.metrics.BusinessMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDateTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration, login, the member's profile and password reset. */
@Service
class MemberAccountService {

    /** One message for an unknown user and a wrong password, so login does not reveal which names exist. */
    static final String BAD_CREDENTIALS = "用户名或密码错误";

    private final MemberMapper members;
    private final AuthCodes authCodes;
    private final BCryptPasswordEncoder passwords;
    private final JwtTokens tokens;
    private final LoginAttempts attempts;
    private final boolean exposeAuthCode;
    /** The configured BCrypt cost; stored hashes are brought to it at each member's next login. */
    private final int bcryptStrength;
    /** Checked against for unknown usernames, so they cost the same time as a wrong password. */
    private final String dummyHash;
    private final Counter loginsSucceeded;
    private final Counter loginsFailed;

    MemberAccountService(MemberMapper members, AuthCodes authCodes, BCryptPasswordEncoder passwords,
                         JwtTokens tokens, LoginAttempts attempts, SsoProperties properties, MeterRegistry meters) {
        this.members = members;
        this.attempts = attempts;
        this.authCodes = authCodes;
        this.passwords = passwords;
        this.tokens = tokens;
        this.exposeAuthCode = properties.authCode().expose();
        this.bcryptStrength = properties.bcryptStrength();
        this.dummyHash = passwords.encode("perflab-timing-equaliser");
        this.loginsSucceeded = BusinessMetrics.logins(meters, "member", true);
        this.loginsFailed = BusinessMetrics.logins(meters, "member", false);
    }

    /**
     * Issues a code for the telephone; returns it only where configuration allows, else null. 429 beyond
     * the limits per telephone and per client address.
     */
    String sendAuthCode(String telephone, String clientAddress) {
        String code = authCodes.issue(telephone, clientAddress);
        // an SMS gateway would deliver the code here; the lab has none, so the local profile exposes it
        return exposeAuthCode ? code : null;
    }

    @Transactional
    void register(RegisterRequest request) {
        // the code first: nobody learns which names or phones are registered without holding a phone
        authCodes.check(request.telephone(), request.authCode());
        if (members.usernameTaken(request.username())) {
            throw ApiException.conflict("用户名已存在");
        }
        if (members.phoneTaken(request.telephone())) {
            throw ApiException.conflict("该手机号已注册");
        }
        // used up only now, so picking a taken name does not cost the caller a new code
        authCodes.consume(request.telephone(), request.authCode());
        try {
            members.insert(members.findDefaultLevelId(), request.username(), passwords.encode(request.password()),
                    request.telephone(), LocalDateTime.now());
        } catch (DuplicateKeyException raced) {
            // a concurrent registration took the name or phone between the checks and the insert
            throw ApiException.conflict(raced.getMessage() != null && raced.getMessage().contains("uk_member_phone")
                    ? "该手机号已注册" : "用户名已存在");
        }
    }

    /**
     * No transaction on purpose: it would hold a pooled connection through the BCrypt check, which is
     * the slow part of a login; the statements are independent and each is atomic on its own.
     */
    TokenReply login(LoginRequest request, String ip) {
        try {
            TokenReply reply = checkAndIssue(request, ip);
            loginsSucceeded.increment();
            return reply;
        } catch (ApiException refused) {
            loginsFailed.increment();
            throw refused;
        }
    }

    private TokenReply checkAndIssue(LoginRequest request, String ip) {
        MemberCredentials member = members.findCredentials(request.username());
        String account = LoginAttempts.accountOf(member == null ? null : member.id(), request.username());
        // before the BCrypt work, so a locked account costs no CPU; unknown names are counted alike
        attempts.checkNotLocked(account);
        if (member == null) {
            passwordMatches(request.password(), dummyHash);
            attempts.failed(account);
            throw new ApiException(ErrorCode.UNAUTHORIZED, BAD_CREDENTIALS);
        }
        if (!passwordMatches(request.password(), member.password())) {
            attempts.failed(account);
            throw new ApiException(ErrorCode.UNAUTHORIZED, BAD_CREDENTIALS);
        }
        // again: concurrent guesses may have reached the limit meanwhile, and a lock hides even a right one
        attempts.checkNotLocked(account);
        // only after the password check, so the status of an account is not revealed to guessers
        if (!member.enabled()) {
            throw ApiException.forbidden("账号已被禁用");
        }
        attempts.succeeded(account);
        // raising or lowering mall.member.bcrypt-strength reaches existing members
        Bcrypt.followCost(bcryptStrength, member.password(), () -> passwords.encode(request.password()),
                hash -> members.replacePasswordHash(member.id(), member.password(), hash), "member " + member.id());
        members.insertLoginLog(member.id(), LocalDateTime.now(), ip);
        String token = tokens.issue(AuthenticatedUser.member(member.id(), member.username()));
        return new TokenReply(token, tokens.tokenHead());
    }

    /** One primary-key read; no transaction, which would only add round trips to a benchmarked call. */
    MemberInfo info(long memberId) {
        MemberInfo info = members.findInfo(memberId);
        if (info == null) {
            throw ApiException.notFound("会员不存在");
        }
        return info;
    }

    /** A new password for the logged-in member, confirmed by a code sent to the member's own telephone. */
    @Transactional
    void resetPassword(long memberId, PasswordResetRequest request) {
        MemberCredentials member = members.findCredentialsById(memberId);
        if (member == null) {
            throw ApiException.notFound("会员不存在");
        }
        if (!request.telephone().equals(member.phone())) {
            throw ApiException.badRequest("手机号与当前账号不匹配");
        }
        authCodes.use(request.telephone(), request.authCode());
        // the phone condition guards against a phone change between the read and this update
        if (members.updatePassword(memberId, request.telephone(), passwords.encode(request.password())) == 0) {
            throw ApiException.conflict("账号信息已变更，请重试");
        }
        // in the same transaction: the old tokens end exactly when the new password takes effect
        members.revokeTokens(UserType.MEMBER.name(), memberId, System.currentTimeMillis(), TokenRevocations.PASSWORD);
    }

    /** Ends every token of the member (on every device): the gateway refuses them within seconds. */
    void logout(long memberId) {
        members.revokeTokens(UserType.MEMBER.name(), memberId, System.currentTimeMillis(), TokenRevocations.LOGOUT);
    }

    private boolean passwordMatches(String raw, String hash) {
        return !Bcrypt.tooLong(raw) && passwords.matches(raw, hash);
    }
}
