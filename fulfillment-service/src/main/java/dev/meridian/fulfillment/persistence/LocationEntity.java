package dev.meridian.fulfillment.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "stock_location")
public class LocationEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String kind;

    public String country;

    /** Comma-separated destination countries a WAREHOUSE serves. */
    public String countries;

    public int priority;

    @Column(name = "cut_off")
    public String cutOff;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "handling_days")
    public int handlingDays;
}
