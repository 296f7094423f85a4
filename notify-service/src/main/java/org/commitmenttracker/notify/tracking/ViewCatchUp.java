package org.commitmenttracker.notify.tracking;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.commitmenttracker.events.Topics;
import org.commitmenttracker.notify.NotifyProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * Whether the view has caught up with the state topic: whether every state published before this service first
 * asked has been applied. Until then the view may hold a commitment's older state (overdue, say) while its newer one
 * (withdrawn) is still unread, so nothing may be alerted from it. The end offsets are taken on the first question; the
 * view has caught up once the listener's committed offsets reach them. Once true, it stays true.
 */
@Component
public class ViewCatchUp implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ViewCatchUp.class);

    private final Map<String, Object> adminConfig;
    private Admin admin;
    private Map<TopicPartition, Long> target;
    private volatile boolean caughtUp;

    private final String group;

    public ViewCatchUp(KafkaAdmin kafkaAdmin, NotifyProperties properties) {
        this.adminConfig = kafkaAdmin.getConfigurationProperties();
        this.group = properties.consumerGroup();
    }

    /** False while states published before the first call are still unread; false too if the broker cannot say. */
    public synchronized boolean caughtUp() {
        if (caughtUp) {
            return true;
        }
        try {
            if (admin == null) {
                admin = Admin.create(adminConfig);
            }
            if (target == null) {
                target = endOffsets();
                log.info("Reading the commitment states up to {} before the first overdue scan", target);
            }
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            // a partition whose records compaction or retention removed has nothing left to read, and no commit
            Map<TopicPartition, Long> earliest = offsets(OffsetSpec.earliest());
            caughtUp = target.entrySet().stream().allMatch(end -> end.getValue() <= earliest.getOrDefault(end.getKey(), 0L)
                    || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue());
            if (caughtUp) {
                log.info("The view of the commitments has caught up with {}", Topics.COMMITMENT_STATE);
                admin.close();
                admin = null;
            }
            return caughtUp;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("Cannot tell yet whether the view has caught up with {}: {}", Topics.COMMITMENT_STATE, e.toString());
            return false;
        }
    }

    private Map<TopicPartition, Long> endOffsets() throws InterruptedException, ExecutionException, TimeoutException {
        return offsets(OffsetSpec.latest());
    }

    private Map<TopicPartition, Long> offsets(OffsetSpec which)
            throws InterruptedException, ExecutionException, TimeoutException {
        var partitions = admin.describeTopics(List.of(Topics.COMMITMENT_STATE)).allTopicNames()
                .get(10, TimeUnit.SECONDS).get(Topics.COMMITMENT_STATE).partitions().stream()
                .map(p -> new TopicPartition(Topics.COMMITMENT_STATE, p.partition()))
                .collect(Collectors.toMap(p -> p, p -> which));
        return admin.listOffsets(partitions).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close();
        }
    }
}
