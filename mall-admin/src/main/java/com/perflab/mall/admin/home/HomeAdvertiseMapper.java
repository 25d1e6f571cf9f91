package com.perflab.mall.admin.home;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface HomeAdvertiseMapper {

    String IDS = "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>";
    String FILTER = "<where><if test='name != null'>name LIKE CONCAT('%', #{name}, '%')</if>"
            + "<if test='type != null'> AND type = #{type}</if>"
            + "<if test='endDay != null'> AND end_time &gt;= #{endDay} AND end_time &lt; DATE_ADD(#{endDay}, INTERVAL 1 DAY)</if>"
            + "</where>";

    @Select("<script>SELECT COUNT(*) FROM sms_home_advertise " + FILTER + "</script>")
    long count(@Param("name") String name, @Param("type") Integer type, @Param("endDay") LocalDate endDay);

    @Select("<script>SELECT " + HomeAdvertise.COLUMNS + " FROM sms_home_advertise " + FILTER
            + " ORDER BY sort DESC, id LIMIT #{offset}, #{limit}</script>")
    List<HomeAdvertise> page(@Param("name") String name, @Param("type") Integer type,
                             @Param("endDay") LocalDate endDay, @Param("offset") long offset,
                             @Param("limit") int limit);

    @Select("SELECT " + HomeAdvertise.COLUMNS + " FROM sms_home_advertise WHERE id = #{id}")
    HomeAdvertise findById(@Param("id") long id);

    @Insert("INSERT INTO sms_home_advertise (name, type, pic, start_time, end_time, status, url, note, sort)"
            + " VALUES (#{a.name}, #{a.type}, #{a.pic}, #{a.startTime}, #{a.endTime}, #{a.status}, #{a.url},"
            + " #{a.note}, #{a.sort})")
    void insert(@Param("a") AdvertiseRequest advertise);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE sms_home_advertise SET name = #{a.name}, type = #{a.type}, pic = #{a.pic},"
            + " start_time = #{a.startTime}, end_time = #{a.endTime}, status = #{a.status}, url = #{a.url},"
            + " note = #{a.note}, sort = #{a.sort} WHERE id = #{id}")
    int update(@Param("id") long id, @Param("a") AdvertiseRequest advertise);

    /** Conditional: 0 rows when the slide is missing or already in that state. */
    @Update("UPDATE sms_home_advertise SET status = #{status} WHERE id = #{id} AND status = #{from}")
    int updateStatus(@Param("id") long id, @Param("from") int from, @Param("status") int status);

    @Update("UPDATE sms_home_advertise SET sort = #{sort} WHERE id = #{id}")
    int updateSort(@Param("id") long id, @Param("sort") int sort);

    @Select("<script>SELECT id FROM sms_home_advertise WHERE id IN " + IDS + " ORDER BY id FOR UPDATE</script>")
    List<Long> lockAll(@Param("ids") Collection<Long> ids);

    @Delete("<script>DELETE FROM sms_home_advertise WHERE id IN " + IDS + "</script>")
    int delete(@Param("ids") Collection<Long> ids);

    String SUBJECT_FILTER = "<where><if test='keyword != null'>title LIKE CONCAT('%', #{keyword}, '%')</if></where>";

    @Select("<script>SELECT COUNT(*) FROM cms_subject " + SUBJECT_FILTER + "</script>")
    long countSubjects(@Param("keyword") String keyword);

    @Select("<script>SELECT " + HomeSubject.COLUMNS + " FROM cms_subject " + SUBJECT_FILTER
            + " ORDER BY id DESC LIMIT #{offset}, #{limit}</script>")
    List<HomeSubject> subjects(@Param("keyword") String keyword, @Param("offset") long offset,
                               @Param("limit") int limit);
}
