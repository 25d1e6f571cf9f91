package com.perflab.mall.admin.companyaddress;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface CompanyAddressMapper {

    @Select("SELECT COUNT(*) FROM oms_company_address")
    long count();

    @Select("SELECT " + CompanyAddress.COLUMNS + " FROM oms_company_address ORDER BY id LIMIT #{offset}, #{limit}")
    List<CompanyAddress> page(@Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT " + CompanyAddress.COLUMNS + " FROM oms_company_address WHERE id = #{id}")
    CompanyAddress findById(@Param("id") long id);

    @Insert("INSERT INTO oms_company_address (address_name, send_status, receive_status, name, phone, province, city,"
            + " region, detail_address) VALUES (#{a.addressName}, #{a.sendStatus}, #{a.receiveStatus}, #{a.name},"
            + " #{a.phone}, #{a.province}, #{a.city}, #{a.region}, #{a.detailAddress})")
    void insert(@Param("a") CompanyAddressRequest address);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE oms_company_address SET address_name = #{a.addressName}, send_status = #{a.sendStatus},"
            + " receive_status = #{a.receiveStatus}, name = #{a.name}, phone = #{a.phone}, province = #{a.province},"
            + " city = #{a.city}, region = #{a.region}, detail_address = #{a.detailAddress} WHERE id = #{id}")
    int update(@Param("id") long id, @Param("a") CompanyAddressRequest address);
}
