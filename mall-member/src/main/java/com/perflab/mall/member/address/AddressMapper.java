package com.perflab.mall.member.address;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Every statement names the member, so an id of another member's address matches nothing. */
@Mapper
interface AddressMapper {

    @Select("SELECT " + Address.COLUMNS + " FROM ums_member_receive_address WHERE member_id = #{memberId}"
            + " ORDER BY default_status DESC, id DESC")
    List<Address> findAll(@Param("memberId") long memberId);

    @Select("SELECT " + Address.COLUMNS + " FROM ums_member_receive_address"
            + " WHERE id = #{id} AND member_id = #{memberId}")
    Address find(@Param("memberId") long memberId, @Param("id") long id);

    @Select("SELECT COUNT(*) FROM ums_member_receive_address WHERE member_id = #{memberId}")
    int count(@Param("memberId") long memberId);

    /**
     * Locks the member's row, so concurrent address writes of one member run one after another: the cap
     * and the single default hold. Returns null when the member does not exist.
     */
    @Select("SELECT id FROM ums_member WHERE id = #{memberId} FOR UPDATE")
    Long lockMember(@Param("memberId") long memberId);

    @Insert("INSERT INTO ums_member_receive_address (member_id, name, phone_number, default_status, post_code,"
            + " province, city, region, detail_address) VALUES (#{memberId}, #{a.name}, #{a.phoneNumber},"
            + " #{a.defaultStatus}, #{a.postCode}, #{a.province}, #{a.city}, #{a.region}, #{a.detailAddress})")
    void insert(@Param("memberId") long memberId, @Param("a") AddressRequest address);

    /** The id of the row just inserted on this connection (the caller runs in a transaction). */
    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE ums_member_receive_address SET name = #{a.name}, phone_number = #{a.phoneNumber},"
            + " default_status = #{a.defaultStatus}, post_code = #{a.postCode}, province = #{a.province},"
            + " city = #{a.city}, region = #{a.region}, detail_address = #{a.detailAddress}"
            + " WHERE id = #{id} AND member_id = #{memberId}")
    int update(@Param("memberId") long memberId, @Param("id") long id, @Param("a") AddressRequest address);

    @Update("UPDATE ums_member_receive_address SET default_status = 0"
            + " WHERE member_id = #{memberId} AND default_status = 1 AND id <> #{keepId}")
    int clearOtherDefaults(@Param("memberId") long memberId, @Param("keepId") long keepId);

    @Delete("DELETE FROM ums_member_receive_address WHERE id = #{id} AND member_id = #{memberId}")
    int delete(@Param("memberId") long memberId, @Param("id") long id);
}
