package com.perflab.mall.admin.home;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The four pick lists share one shape; {@link HomeList} supplies the table and column names. */
@Mapper
interface HomeChoiceMapper {

    String IDS = "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>";
    String COLUMNS = "id, ${l.refColumn} AS ref_id, ${l.nameColumn} AS ref_name, recommend_status, sort";
    String FILTER = "<where><if test='name != null'>${l.nameColumn} LIKE CONCAT('%', #{name}, '%')</if>"
            + "<if test='recommendStatus != null'> AND recommend_status = #{recommendStatus}</if></where>";

    @Select("<script>SELECT COUNT(*) FROM ${l.table} " + FILTER + "</script>")
    long count(@Param("l") HomeList list, @Param("name") String name,
               @Param("recommendStatus") Integer recommendStatus);

    @Select("<script>SELECT " + COLUMNS + " FROM ${l.table} " + FILTER
            + " ORDER BY sort DESC, id LIMIT #{offset}, #{limit}</script>")
    List<HomeChoice> page(@Param("l") HomeList list, @Param("name") String name,
                          @Param("recommendStatus") Integer recommendStatus, @Param("offset") long offset,
                          @Param("limit") int limit);

    /**
     * Locks the catalog rows the picks point at, so two concurrent adds of the same one are serialised (the
     * second then sees the first's pick) and the row cannot be deleted before the pick commits.
     */
    @Select("<script>SELECT id AS ref_id, ${l.sourceName} AS ref_name, 0 AS id, 0 AS recommend_status, 0 AS sort"
            + " FROM ${l.source} WHERE ${l.sourceCondition} AND id IN " + IDS + " ORDER BY id FOR UPDATE</script>")
    List<HomeChoice> lockSources(@Param("l") HomeList list, @Param("ids") Collection<Long> ids);

    @Select("<script>SELECT ${l.refColumn} FROM ${l.table} WHERE ${l.refColumn} IN " + IDS
            + " LOCK IN SHARE MODE</script>")
    List<Long> presentRefs(@Param("l") HomeList list, @Param("ids") Collection<Long> ids);

    /** New picks are shown at once, at the end of the list, as in the course system. */
    @Insert("<script>INSERT INTO ${l.table} (${l.refColumn}, ${l.nameColumn}, recommend_status, sort) VALUES"
            + "<foreach collection='rows' item='r' separator=','>(#{r.refId}, #{r.refName}, 1, 0)</foreach></script>")
    int insert(@Param("l") HomeList list, @Param("rows") List<HomeChoice> rows);

    @Update("UPDATE ${l.table} SET sort = #{sort} WHERE id = #{id}")
    int updateSort(@Param("l") HomeList list, @Param("id") long id, @Param("sort") int sort);

    @Select("<script>SELECT id FROM ${l.table} WHERE id IN " + IDS + " ORDER BY id FOR UPDATE</script>")
    List<Long> lockAll(@Param("l") HomeList list, @Param("ids") Collection<Long> ids);

    @Update("<script>UPDATE ${l.table} SET recommend_status = #{status} WHERE id IN " + IDS + "</script>")
    int updateStatus(@Param("l") HomeList list, @Param("ids") Collection<Long> ids, @Param("status") int status);

    @Delete("<script>DELETE FROM ${l.table} WHERE id IN " + IDS + "</script>")
    int delete(@Param("l") HomeList list, @Param("ids") Collection<Long> ids);
}
