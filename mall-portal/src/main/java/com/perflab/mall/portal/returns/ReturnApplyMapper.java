package com.perflab.mall.portal.returns;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ReturnApplyMapper {

    /** Status 1 to ship, 2 shipped, 3 done: an order that was paid and is not closed. */
    @Select("""
            SELECT o.id AS order_id, o.order_sn, i.product_id, i.product_pic, i.product_name, i.product_brand,
                   i.product_attr, SUM(i.product_quantity) AS product_count, MAX(i.product_price) AS product_price,
                   MAX(i.real_amount) AS product_real_price
            FROM oms_order o JOIN oms_order_item i ON i.order_id = o.id
            WHERE o.id = #{orderId} AND o.member_id = #{memberId} AND o.delete_status = 0 AND o.status IN (1, 2, 3)
              AND i.product_id = #{productId}
            GROUP BY o.id, o.order_sn, i.product_id, i.product_pic, i.product_name, i.product_brand, i.product_attr
            LIMIT 1""")
    ReturnableLine findReturnable(@Param("memberId") long memberId, @Param("orderId") long orderId,
                                  @Param("productId") long productId);

    @Select("SELECT COUNT(*) FROM oms_order o WHERE o.id = #{orderId} AND o.member_id = #{memberId}"
            + " AND o.delete_status = 0")
    int countOwnOrder(@Param("memberId") long memberId, @Param("orderId") long orderId);

    @Select("SELECT COUNT(*) FROM oms_order_return_apply WHERE order_id = #{orderId} AND product_id = #{productId}")
    int countForLine(@Param("orderId") long orderId, @Param("productId") long productId);

    @Insert("""
            INSERT INTO oms_order_return_apply (order_id, member_id, product_id, order_sn, create_time,
                member_username, return_name, return_phone, status, product_pic, product_name, product_brand,
                product_attr, product_count, product_price, product_real_price, reason, description, proof_pics)
            VALUES (#{line.orderId}, #{memberId}, #{line.productId}, #{line.orderSn}, NOW(), #{username},
                #{request.returnName}, #{request.returnPhone}, 0, #{line.productPic}, #{line.productName},
                #{line.productBrand}, #{line.productAttr}, #{line.productCount}, #{line.productPrice},
                #{line.productRealPrice}, #{request.reason}, #{request.description}, #{request.proofPics})""")
    int insert(@Param("memberId") long memberId, @Param("username") String username,
               @Param("line") ReturnableLine line, @Param("request") ReturnApplyRequest request);

    @Select("SELECT COUNT(*) FROM oms_order_return_apply WHERE member_id = #{memberId}")
    long countByMember(@Param("memberId") long memberId);

    @Select("""
            SELECT id, order_id, order_sn, product_id, product_name, product_pic, product_attr, product_count,
                   product_real_price, reason, status, create_time, return_amount, handle_time, handle_note
            FROM oms_order_return_apply WHERE member_id = #{memberId}
            ORDER BY create_time DESC, id DESC LIMIT #{offset}, #{limit}""")
    List<MyReturn> findByMember(@Param("memberId") long memberId, @Param("offset") long offset,
                                @Param("limit") int limit);
}
