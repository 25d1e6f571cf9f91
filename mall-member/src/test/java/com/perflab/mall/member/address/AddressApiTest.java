package com.perflab.mall.member.address;

import static com.perflab.mall.member.support.TestMembers.as;
import static com.perflab.mall.member.support.TestMembers.asMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.member.support.MemberApiTest;
import com.perflab.mall.member.support.TestMembers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@MemberApiTest
class AddressApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    TestMembers members;
    RequestPostProcessor alice;
    RequestPostProcessor bob;
    long aliceId;

    @BeforeEach
    void setUp() {
        members = new TestMembers(jdbc);
        aliceId = members.create("alice", "secret-a", 1);
        long bobId = members.create("bob", "secret-b", 1);
        alice = asMember(aliceId, members.username("alice"));
        bob = asMember(bobId, members.username("bob"));
    }

    @AfterEach
    void cleanUp() {
        members.deleteAll();
    }

    @Test
    void addListGetUpdateDelete() throws Exception {
        long id = add(alice, "Alice", 1)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.memberId").value(aliceId))
                .andExpect(jsonPath("$.data.name").value("Alice"))
                .andExpect(jsonPath("$.data.defaultStatus").value(1))
                .andExpect(jsonPath("$.data.detailAddress").value("科技园科苑路 15 号"))
                .andReturn().getResponse().getContentAsString().transform(b -> id(b));

        mvc.perform(get("/member/address/list").with(alice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(1))
                .andExpect(jsonPath("$.data[0].id").value(id));
        mvc.perform(get("/member/address/" + id).with(alice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.city").value("深圳市"));

        mvc.perform(post("/member/address/update/" + id).with(alice).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Alice Li", 1).replace("深圳市", "广州市")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.name").value("Alice Li"))
                .andExpect(jsonPath("$.data.city").value("广州市"));

        mvc.perform(post("/member/address/delete/" + id).with(alice)).andExpect(status().isOk());
        mvc.perform(get("/member/address/" + id).with(alice)).andExpect(status().isNotFound());
        mvc.perform(get("/member/address/list").with(alice)).andExpect(jsonPath("$.data.length()").value(0));
    }

    @Test
    void anotherMembersAddressIsNotFoundAndStaysUnchanged() throws Exception {
        long id = id(add(alice, "Alice", 1).andReturn().getResponse().getContentAsString());
        Map<String, Object> before = row(id);

        mvc.perform(get("/member/address/" + id).with(bob)).andExpect(status().isNotFound());
        mvc.perform(post("/member/address/update/" + id).with(bob).contentType(MediaType.APPLICATION_JSON)
                .content(body("Mallory", 1))).andExpect(status().isNotFound());
        mvc.perform(post("/member/address/delete/" + id).with(bob)).andExpect(status().isNotFound());
        mvc.perform(get("/member/address/list").with(bob)).andExpect(jsonPath("$.data.length()").value(0));

        assertThat(row(id)).isEqualTo(before);
        assertThat(before).containsEntry("member_id", aliceId).containsEntry("name", "Alice");
    }

    @Test
    void aNewDefaultClearsTheOldOne() throws Exception {
        long first = id(add(alice, "First", 1).andReturn().getResponse().getContentAsString());
        long second = id(add(alice, "Second", 0).andReturn().getResponse().getContentAsString());
        assertThat(defaultIds()).containsExactly(first);

        long third = id(add(alice, "Third", 1).andReturn().getResponse().getContentAsString());
        assertThat(defaultIds()).containsExactly(third);

        mvc.perform(post("/member/address/update/" + second).with(alice).contentType(MediaType.APPLICATION_JSON)
                .content(body("Second", 1))).andExpect(status().isOk());
        assertThat(defaultIds()).containsExactly(second);
        mvc.perform(get("/member/address/list").with(alice))
                .andExpect(jsonPath("$.data[0].id").value(second));
    }

    @Test
    void invalidAddressIs400NamingTheFields() throws Exception {
        mvc.perform(post("/member/address/add").with(alice).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"phoneNumber\":\"abc\",\"defaultStatus\":3,\"province\":\"广东省\","
                                + "\"city\":\"深圳市\",\"detailAddress\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", hasItem("name")))
                .andExpect(jsonPath("$.data[*].field", hasItem("phoneNumber")))
                .andExpect(jsonPath("$.data[*].field", hasItem("defaultStatus")));
        mvc.perform(get("/member/address/abc").with(alice)).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ums_member_receive_address WHERE member_id = ?",
                Integer.class, aliceId)).isZero();
    }

    @Test
    void ownerComesFromTheIdentityNotTheBody() throws Exception {
        String forged = body("Sneaky", 0).replace("{", "{\"memberId\":1,\"id\":1,");
        mvc.perform(post("/member/address/add").with(alice).contentType(MediaType.APPLICATION_JSON).content(forged))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.memberId").value(aliceId));
        assertThat(jdbc.queryForObject("SELECT name FROM ums_member_receive_address WHERE id = 1", String.class))
                .isEqualTo("张三");
    }

    @Test
    void addressesAreCappedPerMember() throws Exception {
        for (int i = 0; i < 20; i++) {
            add(alice, "A" + i, 0).andExpect(status().isOk());
        }
        add(alice, "one too many", 0).andExpect(status().isConflict());
    }

    @Test
    void addressesNeedAMemberIdentity() throws Exception {
        mvc.perform(get("/member/address/list")).andExpect(status().isUnauthorized());
        mvc.perform(post("/member/address/add").contentType(MediaType.APPLICATION_JSON).content(body("X", 0)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/member/address/list").with(as(AuthenticatedUser.admin(1, "admin", List.of()))))
                .andExpect(status().isForbidden());
    }

    /** Receiver names and address parts a courier could not read are refused; visible ones lose blank edges. */
    @Test
    void invisibleOrControlCharactersInNamesAre400AndWriteNothing() throws Exception {
        for (String name : List.of("\\u200B\\u00A0\\uFEFF", "\\u3000\\u2060", "Al\\u202Eice", "Al\\u0000ice")) {
            add(alice, name, 0)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.data[*].field", hasItem("name")));
        }
        mvc.perform(post("/member/address/add").with(alice).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Alice", 0).replace("深圳市", "\\u200B\\u200B")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", hasItem("city")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ums_member_receive_address WHERE member_id = ?",
                Integer.class, aliceId)).isZero();

        add(alice, "\\u00A0Alice\\u200B ", 0)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.name").value("Alice"));
    }

    private ResultActions add(RequestPostProcessor member, String name, int defaultStatus) throws Exception {
        return mvc.perform(post("/member/address/add").with(member).contentType(MediaType.APPLICATION_JSON)
                .content(body(name, defaultStatus)));
    }

    private static String body(String name, int defaultStatus) {
        return "{\"name\":\"" + name + "\",\"phoneNumber\":\"18000000000\",\"defaultStatus\":" + defaultStatus
                + ",\"postCode\":\"518000\",\"province\":\"广东省\",\"city\":\"深圳市\",\"region\":\"南山区\","
                + "\"detailAddress\":\"科技园科苑路 15 号\"}";
    }

    private static long id(String body) {
        return ((Number) JsonPath.read(body, "$.data.id")).longValue();
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT * FROM ums_member_receive_address WHERE id = ?", id);
    }

    private List<Long> defaultIds() {
        return jdbc.queryForList("SELECT id FROM ums_member_receive_address WHERE member_id = ? AND default_status = 1",
                Long.class, aliceId);
    }
}
