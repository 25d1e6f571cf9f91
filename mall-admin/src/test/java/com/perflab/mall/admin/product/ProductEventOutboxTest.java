package com.perflab.mall.admin.product;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.admin.support.ProductEventQueue;
import com.perflab.mall.admin.support.TestCatalog;
import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.common.test.FaultProxy;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The product event outbox on the real MariaDB and RabbitMQ. The service reaches RabbitMQ through a
 * {@link FaultProxy}: with the broker unreachable, product changes still commit and their events wait in
 * pms_product_event_outbox; once it is back they are relayed (publisher confirms) and the rows go. The relay
 * runs every second here; the context is closed after the class so its relay stops with it.
 */
@AdminApiTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProductEventOutboxTest {

    static final FaultProxy RABBIT = FaultProxy.to("127.0.0.1", 5672);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.rabbitmq.port", RABBIT::port);
        registry.add("mall.admin.product-events.relay.interval", () -> "1s");
        registry.add("mall.admin.product-events.relay.batch-size", () -> "5");
    }

    @AfterAll
    static void closeProxy() {
        RABBIT.close();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin amqp;
    @Autowired
    ProductEventRelay relay;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ProductService service;
    @Autowired
    TransactionTemplate transactions;

    TestCatalog catalog;
    ProductEventQueue events;
    final List<Long> fakeProducts = new ArrayList<>();

    @BeforeEach
    void setUp() {
        catalog = new TestCatalog(jdbc);
        events = new ProductEventQueue(rabbit, amqp);
    }

    @AfterEach
    void tearDown() {
        RABBIT.mode(FaultProxy.Mode.PASS);
        events.delete();
        catalog.deleteAll();
        for (long id : fakeProducts) {
            jdbc.update("DELETE FROM pms_product_event_outbox WHERE product_id = ?", id);
        }
    }

    @Test
    void changesMadeWhileTheBrokerIsDownCommitAndTheirEventsArriveWhenItIsBack() throws Exception {
        long brand = catalog.brand("b");
        long category = catalog.leafCategory(catalog.topCategory("t"), "c");
        long a = catalog.product(brand, category, "oa", 0);
        long b = catalog.product(brand, category, "ob", 0);

        RABBIT.mode(FaultProxy.Mode.DOWN);
        mvc.perform(post("/product/update/publishStatus").with(as(SUPER)).param("ids", a + "," + b)
                        .param("publishStatus", "1"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList("SELECT publish_status FROM pms_product WHERE id IN (?, ?)", Integer.class, a, b))
                .as("the change committed").containsOnly(1);
        Thread.sleep(3000); // three scheduled runs and the one the commit started: the broker is away
        assertThat(waiting(a, b)).as("events wait in the outbox").isEqualTo(2);
        assertThat(meters.get("mall.product.events.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(2);

        RABBIT.mode(FaultProxy.Mode.PASS);
        assertThat(events.receive("publish", 2)).containsExactlyInAnyOrder(a, b);
        long deadline = System.currentTimeMillis() + 5000;
        while (waiting(a, b) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(waiting(a, b)).as("relayed rows are deleted").isZero();
        events.assertNone();
    }

    /** A home page change made while the broker is away reaches mall-portal (home.changed) once it is back. */
    @Test
    void homeContentChangesMadeWhileTheBrokerIsDownAreRelayedWhenItIsBack() throws Exception {
        ProductEventQueue home = ProductEventQueue.homeContent(rabbit, amqp);
        String name = "ith-outbox-" + ThreadLocalRandom.current().nextInt(1_000_000);
        try {
            RABBIT.mode(FaultProxy.Mode.DOWN);
            mvc.perform(post("/home/advertise/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"name":"%s","type":1,"pic":"https://img.example/a.jpg",
                                     "startTime":"2026-01-01T00:00:00","endTime":"2036-01-01T00:00:00","url":"/product/1","sort":1}"""
                                    .formatted(name)))
                    .andExpect(status().isOk());
            Thread.sleep(2000); // two scheduled runs and the one the commit started: the broker is away
            assertThat(homeWaiting()).as("the event waits in the outbox, without a product").isEqualTo(1);

            RABBIT.mode(FaultProxy.Mode.PASS);
            assertThat(home.receiveHome(1)).isEqualTo(1);
            long deadline = System.currentTimeMillis() + 5000;
            while (homeWaiting() > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(homeWaiting()).isZero();
            home.assertNone();
            events.assertNone(); // no product event: mall-search's binding (product.*) never sees it
        } finally {
            RABBIT.mode(FaultProxy.Mode.PASS);
            home.delete();
            jdbc.update("DELETE FROM sms_home_advertise WHERE name = ?", name);
        }
    }

    @Test
    void relaysOfSeveralInstancesSendEveryEventOnce() throws Exception {
        long base = 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        for (int i = 0; i < 23; i++) {
            fakeProducts.add(base + i);
            jdbc.update("INSERT INTO pms_product_event_outbox (product_id, type) VALUES (?, 'updated')", base + i);
        }
        // four relays at once (instances of mall-admin), with the scheduled one of this context as a fifth
        List<Integer> relayed = Concurrently.run(4, i -> relay::drain);
        assertThat(relayed.stream().mapToInt(Integer::intValue).sum()).isLessThanOrEqualTo(23);

        List<Long> received = events.receive("updated", 23);
        assertThat(received).hasSize(23);
        assertThat(new HashSet<>(received)).containsExactlyInAnyOrderElementsOf(fakeProducts);
        events.assertNone();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pms_product_event_outbox WHERE product_id BETWEEN ? AND ?",
                Integer.class, base, base + 22)).isZero();
    }

    @Test
    void aRolledBackChangeLeavesNoEventInTheOutbox() throws Exception {
        long a = catalog.product(null, null, "rb", 0);
        transactions.executeWithoutResult(tx -> {
            service.updateFlag(ProductService.Flag.RECOMMEND, List.of(a), 1);
            assertThat(waiting(a, a)).as("written in the change's transaction").isEqualTo(1);
            tx.setRollbackOnly();
        });
        assertThat(waiting(a, a)).isZero();
        events.assertNone();
    }

    private int homeWaiting() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM pms_product_event_outbox WHERE product_id IS NULL"
                + " AND type = 'home'", Integer.class);
    }

    private int waiting(long a, long b) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM pms_product_event_outbox WHERE product_id IN (?, ?)",
                Integer.class, a, b);
    }
}
