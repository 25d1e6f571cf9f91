package com.perflab.mall.member.address;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.auth.AuthenticatedUser;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's receive addresses; the member always comes from the gateway's identity, never the request. */
@RestController
@RequestMapping("/member/address")
class AddressController {

    private final AddressService addresses;

    AddressController(AddressService addresses) {
        this.addresses = addresses;
    }

    @PostMapping("/add")
    ApiResponse<Address> add(AuthenticatedUser user, @Valid @RequestBody AddressRequest request) {
        return ApiResponse.success(addresses.add(user.memberId(), request));
    }

    @GetMapping("/list")
    ApiResponse<List<Address>> list(AuthenticatedUser user) {
        return ApiResponse.success(addresses.list(user.memberId()));
    }

    @GetMapping("/{id}")
    ApiResponse<Address> get(AuthenticatedUser user, @PathVariable long id) {
        return ApiResponse.success(addresses.get(user.memberId(), id));
    }

    @PostMapping("/update/{id}")
    ApiResponse<Address> update(AuthenticatedUser user, @PathVariable long id,
                                @Valid @RequestBody AddressRequest request) {
        return ApiResponse.success(addresses.update(user.memberId(), id, request));
    }

    @PostMapping("/delete/{id}")
    ApiResponse<Void> delete(AuthenticatedUser user, @PathVariable long id) {
        addresses.delete(user.memberId(), id);
        return ApiResponse.success(null);
    }
}
