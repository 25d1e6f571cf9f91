package com.perflab.mall.member.sql;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

/** Test-only statements of a known duration, to see the slow SQL log react. */
@Mapper
interface SleepMapper {

    @Select("SELECT SLEEP(#{seconds})")
    int sleep(double seconds);

    @Select("SELECT 1")
    int one();
}
