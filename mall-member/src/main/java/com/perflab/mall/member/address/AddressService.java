package com.perflab.mall.member.address;

import com.perflab.mall.common.api.ApiException;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's receive addresses. Another member's address id is answered like a missing one (404), so
 * ids reveal nothing.
 */
@Service
@EnableConfigurationProperties(AddressProperties.class)
class AddressService {

    private static final String NOT_FOUND = "收货地址不存在";

    private final AddressMapper addresses;
    private final AddressProperties properties;

    AddressService(AddressMapper addresses, AddressProperties properties) {
        this.addresses = addresses;
        this.properties = properties;
    }

    List<Address> list(long memberId) {
        return addresses.findAll(memberId);
    }

    Address get(long memberId, long id) {
        Address address = addresses.find(memberId, id);
        if (address == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return address;
    }

    @Transactional
    Address add(long memberId, AddressRequest request) {
        lockMember(memberId);
        if (addresses.count(memberId) >= properties.maxPerMember()) {
            throw ApiException.conflict("收货地址最多 " + properties.maxPerMember() + " 个");
        }
        addresses.insert(memberId, request);
        long id = addresses.lastInsertId();
        if (request.isDefault()) {
            addresses.clearOtherDefaults(memberId, id);
        }
        return addresses.find(memberId, id);
    }

    @Transactional
    Address update(long memberId, long id, AddressRequest request) {
        lockMember(memberId);
        if (addresses.update(memberId, id, request) == 0) {
            throw ApiException.notFound(NOT_FOUND);
        }
        if (request.isDefault()) {
            addresses.clearOtherDefaults(memberId, id);
        }
        return addresses.find(memberId, id);
    }

    @Transactional
    void delete(long memberId, long id) {
        if (addresses.delete(memberId, id) == 0) {
            throw ApiException.notFound(NOT_FOUND);
        }
    }

    private void lockMember(long memberId) {
        if (addresses.lockMember(memberId) == null) {
            throw ApiException.notFound("会员不存在");
        }
    }
}
